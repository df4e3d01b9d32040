// The few routes where Make's behaviour is special and agents depend on it. Everything else is the engine's.
// Each behaviour checks parameters like the engine, then works on the engine's state.
import { callerOf } from './accounts.js';
import { AUDIT_BEHAVIOURS } from './audit.js';
import { DEFAULT_BLUEPRINT, parsed, versionsAt, versionsOf } from './blueprints.js';
import { CONNECTION_BEHAVIOURS } from './connections.js';
import { bodyTextType, checkParameters, collectionAt as items, fill } from './engine.js';
import { errors } from './errors.js';
import { ROUTES } from './routes.js';
import { RUN_BEHAVIOURS } from './runs.js';
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
  const u = callerOf(state, ctx.organizationId, ctx.userId);
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
  // like Make, a new scenario is named after its blueprint
  if (route.method === 'POST' && scenario.name === undefined) {
    const named = (parsed(scenario.blueprint, {}) as { name?: unknown }).name;
    if (typeof named === 'string') scenario.name = named;
  }
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
  ...RUN_BEHAVIOURS,
  ...AUDIT_BEHAVIOURS,
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
  'POST /hooks/{hookId}/enable': setHookEnabled(true),
  'POST /hooks/{hookId}/disable': setHookEnabled(false),
  'GET /data-stores/{dataStoreId}/data': listRecords,
  'POST /data-stores/{dataStoreId}/data': createRecord,
  'PUT /data-stores/{dataStoreId}/data/{dataStoreKeyRecord}': writeRecord(true),
  'PATCH /data-stores/{dataStoreId}/data/{dataStoreKeyRecord}': writeRecord(false),
  'DELETE /data-stores/{dataStoreId}/data': deleteRecords,
};
