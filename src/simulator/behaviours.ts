// The few routes where Make's behaviour is special and agents depend on it. Everything else is the engine's.
// Each behaviour checks parameters like the engine, then works on the engine's state.
import { DEFAULT_BLUEPRINT, parsed, versionsAt, versionsOf } from './blueprints.js';
import { CONNECTION_BEHAVIOURS } from './connections.js';
import { bodyTextType, checkParameters, collectionAt as items, fill } from './engine.js';
import { errors } from './errors.js';
import { ROUTES } from './routes.js';
import { SEED_IDS } from './seed-ids.js';
import type { Behaviour, EngineLike, EngineState, BehaviourContext, Item, Route } from './types.js';

function body(ctx: BehaviourContext): Item {
  return ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? (ctx.body as Item) : {};
}

function owner(ctx: BehaviourContext, route: Route, engine: EngineLike, state: EngineState): Item {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  return engine.findItem(state, route.template, ctx.params)!.item;
}

const setScenarioActive =
  (isActive: boolean): Behaviour =>
  (ctx, route, engine, state) => {
    const scenario = owner(ctx, route, engine, state);
    if ((scenario.isActive === true) === isActive)
      throw errors.stateConflict(isActive ? 'Scenario is already running.' : 'Scenario is not running.');
    scenario.isActive = isActive;
    return { status: 200, body: { scenario }, applied: { id: scenario.id as number } };
  };

const setHookEnabled =
  (enabled: boolean): Behaviour =>
  (ctx, route, engine, state) => {
    const hook = owner(ctx, route, engine, state);
    if ((hook.enabled !== false) === enabled)
      throw errors.stateConflict(`Hook is already ${enabled ? 'enabled' : 'disabled'}.`);
    hook.enabled = enabled;
    return { status: 200, body: { success: true }, applied: { id: hook.id as number } };
  };

/**
 * A run needs an active scenario that is not running already (Make refuses otherwise) and the scenario's required
 * inputs, and leaves an execution in the scenario's logs and a result readable by its execution id.
 */
const runScenario: Behaviour = (ctx, route, engine, state) => {
  const scenario = owner(ctx, route, engine, state);
  if (scenario.isActive !== true) throw errors.stateConflict('Scenario is not activated.');
  const running = [...items(state, `/scenarios/${String(scenario.id)}/executions`).values()].some(
    (run) => typeof run.finishesAt === 'number' && Date.now() < run.finishesAt,
  );
  if (running) throw errors.stateConflict('Scenario is already being executed.');
  const given = body(ctx);
  const inputs = given.data && typeof given.data === 'object' && !Array.isArray(given.data) ? (given.data as Item) : {};
  const declared = (
    state.documents.get(`/scenarios/${String(scenario.id)}/interface`)?.interface as { input?: unknown } | undefined
  )?.input;
  const missing = (Array.isArray(declared) ? (declared as Item[]) : []).filter(
    (f) => f.required === true && f.default == null && inputs[String(f.name)] == null,
  );
  if (missing.length)
    throw errors.validation(
      missing.map((f) => ({
        message: `Missing value of required scenario input '${String(f.name)}'.`,
        parameter: `data.${String(f.name)}`,
      })),
    );

  const executionId = (state.nextId++).toString(16).padStart(32, '0'); // Make's shape: 32 lowercase hex
  const result = runOutcome(Number(scenario.id), inputs);
  const status = LOG_STATUS[result.status];
  const started = Date.now();
  // one operation per module of the current blueprint; the bytes the run took in and gave back
  const flow = (parsed(versionsOf(state, scenario).at(-1)!.blueprint, {}) as { flow?: unknown }).flow;
  const operations = Math.max(1, Array.isArray(flow) ? flow.length : 0);
  const transfer = Buffer.byteLength(JSON.stringify([given.data ?? {}, result.outputs ?? null]));
  // a log entry as Make's scenario logs show one
  items(state, `/scenarios/${String(scenario.id)}/logs`).set(executionId, {
    imtId: `${started}_scenario.${String(scenario.id)}.manual.${executionId}`,
    id: executionId,
    scenarioId: scenario.id,
    organizationId: scenario.organizationId,
    teamId: scenario.teamId,
    type: 'manual',
    authorId: ctx.userId ?? SEED_IDS.user,
    instant: given.responsive === true,
    timestamp: new Date(started).toISOString(),
    status,
    duration: result.finishesAt ? result.finishesAt - started : RUN_MS_PER_OPERATION * operations,
    operations,
    transfer,
    inputs: given.data ?? {},
  });
  items(state, `/scenarios/${String(scenario.id)}/executions`).set(executionId, { id: executionId, ...result });
  return {
    status: 200,
    body: given.responsive === true ? { executionId, status } : { executionId },
    applied: { id: executionId },
  };
};

/** How long a run takes per module (an operation), as its log reports it; the slow scenario's takes LONG_RUN_MS. */
const RUN_MS_PER_OPERATION = 250;

/** How long a run of the slow scenario stays RUNNING; a test ends it sooner by setting its finishesAt to 0. */
export const LONG_RUN_MS = 5 * 60_000;

type RunResult = { status: 'SUCCESS' | 'WARNING' | 'ERROR'; outputs?: Item | null; error?: Item; finishesAt?: number };
const LOG_STATUS = { SUCCESS: 1, WARNING: 2, ERROR: 3 } as const;

/** What a run of a seeded on-demand scenario returns, computed from its inputs (under Make's own names). */
function runOutcome(scenarioId: number, data: Item): RunResult {
  const ids = SEED_IDS.onDemand;
  switch (scenarioId) {
    case ids.lead: {
      const email = String(data.email);
      if (email.endsWith('@invalid.example')) {
        const causeModule = { name: 'CreateLead', appName: 'crm' };
        return {
          status: 'ERROR',
          error: { name: 'DataError', message: `The CRM refused the email address ${email}.`, causeModule },
        };
      }
      const tags = Array.isArray(data.tags) ? data.tags : [];
      const outputs = {
        leadId: `lead-${email}`,
        summary: `${String(data.fullName ?? email)} on ${String(data.plan ?? 'free')}`,
        tagCount: tags.length,
      };
      if (!email.endsWith('@warn.example')) return { status: 'SUCCESS', outputs };
      return {
        status: 'WARNING',
        outputs,
        error: { name: 'Warning', message: 'Free-mail address; the lead was not scored.' },
      };
    }
    case ids.invoice:
      return { status: 'SUCCESS', outputs: { 'Reminder sent': true, 'Sent to': data['Customer email'] } };
    case ids.slow:
      return { status: 'SUCCESS', outputs: { documents: 1200 }, finishesAt: Date.now() + LONG_RUN_MS };
    default:
      return { status: 'SUCCESS', outputs: null };
  }
}

/** A run's result by execution id: RUNNING until it finishes, then its status, outputs and error. */
const getExecutionResult: Behaviour = (ctx, route, engine, state) => {
  const run = owner(ctx, route, engine, state); // the execution itself, or Make's 404
  if (typeof run.finishesAt === 'number' && Date.now() < run.finishesAt)
    return { status: 200, body: { status: 'RUNNING' } };
  const maxBytes = Number(ctx.query.find(([k]) => k === 'maxBytes')?.[1] ?? Infinity);
  const bytes = Buffer.byteLength(JSON.stringify(run.outputs ?? null));
  if (bytes > maxBytes)
    throw errors.tooLarge(`The execution's outputs (${bytes} bytes) exceed maxBytes (${maxBytes}).`);
  return {
    status: 200,
    body: { status: run.status ?? 'SUCCESS', outputs: run.outputs ?? null, ...(run.error ? { error: run.error } : {}) },
  };
};

// Data store records are keyed and hold their fields under `data`.
const recordsOf = (ctx: BehaviourContext) => `/data-stores/${ctx.params.dataStoreId}/data`;

const listRecords: Behaviour = (ctx, route, engine, state) => {
  owner(ctx, route, engine, state);
  const records = [...items(state, recordsOf(ctx)).values()].map((r) => ({ key: r.key, data: r.data }));
  const limit = Number(ctx.query.find(([k]) => k === 'pg[limit]')?.[1] ?? 10_000);
  const offset = Number(ctx.query.find(([k]) => k === 'pg[offset]')?.[1] ?? 0);
  return {
    status: 200,
    body: {
      records: records.slice(offset, offset + limit),
      spec: [],
      strict: false,
      count: records.length,
      pg: { limit, offset },
    },
  };
};

const createRecord: Behaviour = (ctx, route, engine, state) => {
  owner(ctx, route, engine, state);
  const given = body(ctx);
  const key = typeof given.key === 'string' && given.key ? given.key : `key-${state.nextId++}`;
  const records = items(state, recordsOf(ctx));
  if (records.has(key))
    throw errors.badRequest(`A record with key '${key}' already exists.`, [{ message: 'Duplicate key.' }]);
  const record = { key, data: (given.data as Item) ?? {} };
  records.set(key, record);
  return { status: 200, body: record, applied: { id: key } };
};

/** PUT replaces the record's data; PATCH changes only the given fields. Both create a missing record. */
const writeRecord =
  (replace: boolean): Behaviour =>
  (ctx, route, engine, state) => {
    checkParameters(route, ctx.query, ctx.body, ctx.params);
    engine.findItem(state, '/data-stores/{dataStoreId}', ctx.params);
    const key = ctx.params.dataStoreKeyRecord;
    const records = items(state, recordsOf(ctx));
    const old = (records.get(key)?.data as Item | undefined) ?? {};
    const record = { key, data: replace ? { ...body(ctx) } : { ...old, ...body(ctx) } };
    records.set(key, record);
    return { status: 200, body: record, applied: { id: key } };
  };

const deleteRecords: Behaviour = (ctx, route, engine, state) => {
  owner(ctx, route, engine, state);
  const given = body(ctx);
  const records = items(state, recordsOf(ctx));
  const except = new Set(Array.isArray(given.exceptKeys) ? given.exceptKeys.map(String) : []);
  const keys =
    given.all === true
      ? [...records.keys()].filter((k) => !except.has(k))
      : (Array.isArray(given.keys) ? given.keys.map(String) : []).filter((k) => records.has(k));
  if (!keys.length && given.all !== true)
    throw errors.validation([{ message: 'Name the keys to delete, or all: true.', parameter: 'keys' }]);
  for (const k of keys) records.delete(k);
  return { status: 200, body: { keys }, applied: { id: null } };
};

const currentAuthorization: Behaviour = (ctx) => ({
  status: 200,
  body: { authorization: { scope: [...ctx.tokenScopes], authUsed: 'token' } },
});

/** The token's user (an API token's is its organization's first user) with their roles, from the engine's users. */
const usersMe: Behaviour = (ctx, _route, _engine, state) => {
  const users = [...items(state, '/users').values()];
  const u = users.find((x) =>
    ctx.userId === undefined ? x.organizationId === ctx.organizationId : x.id === ctx.userId,
  );
  if (!u) throw errors.notFound('User not found.');
  const roles = (what: string) => [...items(state, `/users/${String(u.id)}/${what}`).values()];
  return {
    status: 200,
    body: {
      authUser: {
        id: u.id,
        name: u.name,
        email: u.email,
        language: u.language,
        timezoneId: u.timezoneId,
        localeId: u.localeId,
        countryId: u.countryId,
        features: { allow_apps: true },
        avatar: null,
        timezone: u.timezone,
        locale: u.locale,
        emailNotifications: null,
        userOrganizationRoles: roles('user-organization-roles'),
        userTeamRoles: roles('user-team-roles'),
      },
    },
  };
};

/** Make's organization carries its license, whose apiLimit is the rate limit the server discovers. */
const getOrganization: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const found = engine.findItem(state, route.template, ctx.params)!.item;
  const teams = [...items(state, '/teams').values()]
    .filter((t) => t.organizationId === found.id)
    .map((t) => ({ id: t.id, name: t.name }));
  return { status: 200, body: { organization: { ...found, teams, license: { apiLimit: ctx.rateLimitPerMinute } } } };
};

const setHookLearning =
  (learning: boolean): Behaviour =>
  (ctx, route, engine, state) => {
    const hook = owner(ctx, route, engine, state);
    hook.learning = learning;
    return { status: 200, body: { success: true }, applied: { id: hook.id as number } };
  };

/** Creating or updating a scenario with a blueprint saves a new version of it. */
const saveScenario: Behaviour = (ctx, route, engine, state) => {
  if (route.method === 'PATCH') versionsOf(state, owner(ctx, route, engine, state)); // the version before the change
  const answer = engine.handle(state, { route, params: ctx.params, query: ctx.query, body: ctx.body });
  const scenario = (answer.body as { scenario: Item }).scenario;
  const versions = versionsOf(state, scenario); // a new scenario's first version is its blueprint
  if (route.method === 'PATCH' && typeof body(ctx).blueprint === 'string') {
    versions.push({ version: versions.length + 1, blueprint: body(ctx).blueprint, created: new Date().toISOString() });
  }
  return { status: 200, body: answer.body, applied: answer.applied };
};

const getBlueprint: Behaviour = (ctx, route, engine, state) => {
  const scenario = owner(ctx, route, engine, state);
  const wanted = ctx.query.find(([k]) => k === 'blueprintId')?.[1];
  const versions = versionsOf(state, scenario);
  const version = wanted === undefined ? versions.at(-1)! : versions.find((v) => String(v.version) === wanted);
  if (!version) throw errors.notFound(`Blueprint version ${wanted} of scenario ${String(scenario.id)} not found.`);
  return {
    status: 200,
    body: {
      code: 'OK',
      response: {
        blueprint: parsed(version.blueprint, DEFAULT_BLUEPRINT),
        scheduling: parsed(scenario.scheduling, { type: 'indefinitely', interval: 900 }),
      },
    },
  };
};

const listBlueprints: Behaviour = (ctx, route, engine, state) => {
  const scenario = owner(ctx, route, engine, state);
  return {
    status: 200,
    body: {
      scenariosBlueprints: versionsOf(state, scenario).map(({ version, created }) => ({
        version,
        created,
        scenarioId: scenario.id,
      })),
    },
  };
};

/** A clone is a new, inactive scenario with the original's blueprint, in the team the body names. */
const cloneScenario: Behaviour = (ctx, route, engine, state) => {
  const original = owner(ctx, route, engine, state);
  const given = body(ctx);
  const id = state.nextId++;
  const clone: Item = {
    ...original,
    id,
    name: given.name ?? `${String(original.name)} (copy)`,
    teamId: given.teamId ?? original.teamId,
    isActive: false,
  };
  items(state, '/scenarios').set(String(id), clone);
  const blueprint = versionsOf(state, original).at(-1)!.blueprint; // the clone's modules use the same connections
  state.documents.set(versionsAt(id), { versions: [{ version: 1, blueprint, created: new Date().toISOString() }] });
  return { status: 200, body: { scenario: clone }, applied: { id } };
};

// ---------- custom apps: an app lives in /sdk/apps/{name} under its version; text writes are its changes ----------

const APP = /^\/sdk\/apps\/([^/]+)\/([^/]+)\//;

const createApp: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const given = body(ctx);
  const name = typeof given.name === 'string' && given.name ? given.name : `app-${state.nextId++}`;
  const versions = items(state, `/sdk/apps/${name}`);
  if (versions.size)
    throw errors.badRequest(`An app named '${name}' already exists.`, [{ message: 'Duplicate app name.' }]);
  const app: Item = {
    name,
    version: 1,
    label: given.label ?? name,
    description: given.description ?? '',
    private: given.private ?? true,
    public: false,
    changes: [],
  };
  versions.set('1', app);
  return { status: 200, body: { app }, applied: { id: name } };
};

const listApps: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const apps = [...state.collections.entries()]
    .filter(([at]) => /^\/sdk\/apps\/[^/]+$/.test(at))
    .flatMap(([, versions]) => [...versions.values()]);
  return { status: 200, body: { apps } };
};

/** Writing an app's text (a section, code, readme) is a change that waits for a commit. */
const writeAppText: Behaviour = (ctx, route, engine, state) => {
  const answer = engine.handle(state, { route, params: ctx.params, query: ctx.query, body: ctx.body });
  const [, name, version] = APP.exec(fill(route.template, ctx.params))!;
  const id = state.nextId++;
  const what = route.template.slice(route.template.indexOf('{appVersion}') + '{appVersion}/'.length);
  items(state, `/sdk/apps/${name}/${version}/changes`).set(String(id), {
    id,
    code: fill(what, ctx.params),
    committed: false,
  });
  return { status: 200, body: answer.body, applied: answer.applied };
};

const commitApp: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  engine.findItem(state, '/sdk/apps/{appName}/{appVersion}', ctx.params);
  const wanted = body(ctx).changeIds;
  const changes = [...items(state, `/sdk/apps/${ctx.params.appName}/${ctx.params.appVersion}/changes`).values()].filter(
    (c) => !c.committed && (!Array.isArray(wanted) || wanted.includes(c.id)),
  );
  for (const change of changes) Object.assign(change, { committed: true, message: body(ctx).message ?? '' });
  return { status: 200, body: { committed: changes.map((c) => c.id) }, applied: { id: ctx.params.appName } };
};

const appTextWrites = Object.fromEntries(
  ROUTES.filter(
    (r) => r.method !== 'GET' && r.template.startsWith('/sdk/apps/{appName}/{appVersion}/') && bodyTextType(r),
  ).map((r) => [r.key, writeAppText]),
);

export const BEHAVIOURS: Record<string, Behaviour> = {
  ...CONNECTION_BEHAVIOURS,
  'GET /users/me/current-authorization': currentAuthorization,
  'GET /users/me': usersMe,
  'POST /sdk/apps': createApp,
  'GET /sdk/apps': listApps,
  'POST /sdk/apps/{appName}/{appVersion}/commit': commitApp,
  ...appTextWrites,
  'POST /scenarios': saveScenario,
  'PATCH /scenarios/{scenarioId}': saveScenario,
  'GET /scenarios/{scenarioId}/blueprint': getBlueprint,
  'GET /scenarios/{scenarioId}/blueprints': listBlueprints,
  'POST /scenarios/{scenarioId}/clone': cloneScenario,
  'POST /hooks/{hookId}/learn-start': setHookLearning(true),
  'POST /hooks/{hookId}/learn-stop': setHookLearning(false),
  'GET /organizations/{organizationId}': getOrganization,
  'POST /scenarios/{scenarioId}/start': setScenarioActive(true),
  'POST /scenarios/{scenarioId}/stop': setScenarioActive(false),
  'POST /scenarios/{scenarioId}/run': runScenario,
  'GET /scenarios/{scenarioId}/executions/{executionId}': getExecutionResult,
  'POST /hooks/{hookId}/enable': setHookEnabled(true),
  'POST /hooks/{hookId}/disable': setHookEnabled(false),
  'GET /data-stores/{dataStoreId}/data': listRecords,
  'POST /data-stores/{dataStoreId}/data': createRecord,
  'PUT /data-stores/{dataStoreId}/data/{dataStoreKeyRecord}': writeRecord(true),
  'PATCH /data-stores/{dataStoreId}/data/{dataStoreKeyRecord}': writeRecord(false),
  'DELETE /data-stores/{dataStoreId}/data': deleteRecords,
};
