// A scenario's runs. Make refuses to run an inactive or busy scenario, or one whose required inputs are missing; a
// run leaves one record in the scenario's executions, which its result (GET …/executions/{id}) and its entry in the
// scenario's logs (GET …/logs, …/logs/{id}) are both read from, so they always agree.
import { callerOf, teamOf } from './accounts.js';
import { parsed, versionsOf } from './blueprints.js';
import { checkParameters, collectionAt as items, paginate, queryValues } from './engine.js';
import { errors } from './errors.js';
import { SEED_IDS, SEED_PARAMS } from './seed-ids.js';
import type { Behaviour, BehaviourContext, EngineLike, EngineState, Item, Route } from './types.js';

/** Where a scenario's runs are kept, by execution id. */
export const executionsOf = (scenarioId: unknown): string => `/scenarios/${String(scenarioId)}/executions`;

/** How long a run takes per module (an operation), as its log reports it; the slow scenario's takes LONG_RUN_MS. */
const RUN_MS_PER_OPERATION = 250;

/** How long a run of the slow scenario stays RUNNING; a test ends it sooner by setting its finishesAt to 0. */
export const LONG_RUN_MS = 5 * 60_000;

/** Make bills a module's operation as one credit; Make's client reports credits in hundredths. */
const CENTICREDITS_PER_OPERATION = 100;

type Outcome = 'SUCCESS' | 'WARNING' | 'ERROR';
/** A log's status: Make's document's 1–3, and 0 (pending) from Make's client, for a run still going. */
const LOG_STATUS: Record<Outcome, number> = { SUCCESS: 1, WARNING: 2, ERROR: 3 };
const PENDING = 0;

/** An entry of a scenario's logs: the fields of Make's document, and centicredits from Make's client. */
const LOG_FIELDS = [
  'imtId',
  'duration',
  'operations',
  'centicredits',
  'transfer',
  'organizationId',
  'teamId',
  'id',
  'type',
  'authorId',
  'instant',
  'timestamp',
  'status',
] as const;

function objectOr(value: unknown): Item {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Item) : {};
}

function scenarioOf(ctx: BehaviourContext, route: Route, engine: EngineLike, state: EngineState): Item {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  return engine.findItem(state, '/scenarios/{scenarioId}', ctx.params)!.item;
}

/** The scenario's interface as GET /scenarios/{id}/interface gives it: its input and output fields. */
function interfaceOf(state: EngineState, scenarioId: unknown): { input: Item[]; output: Item[] | null } {
  const declared = objectOr(state.documents.get(`/scenarios/${String(scenarioId)}/interface`)?.interface);
  const fields = (list: unknown) => (Array.isArray(list) ? (list as unknown[]).map(objectOr) : null);
  return { input: fields(declared.input) ?? [], output: fields(declared.output) };
}

function isRunning(run: Item, now: number): boolean {
  return typeof run.finishesAt === 'number' && now < run.finishesAt;
}

// ---------- outputs ----------

/** Nested collections deeper than this are left empty, whatever an interface declares. */
const MAX_DEPTH = 5;

/** A value of an output field's type, for a field the run gave nothing for. */
function valueOfType(field: Item, ranAt: string, depth: number): unknown {
  if (field.default != null) return field.default;
  switch (field.type) {
    case 'text':
      return `${String(field.name)} (sandbox value)`;
    case 'json':
      return '{}';
    case 'number':
      return 0;
    case 'boolean':
      return true;
    case 'date':
      return ranAt;
    case 'select':
      return Array.isArray(field.options) ? (objectOr(field.options[0]).value ?? null) : null;
    case 'array':
      return [];
    case 'collection':
      return depth < MAX_DEPTH && Array.isArray(field.spec)
        ? Object.fromEntries(field.spec.map(objectOr).map((f) => [String(f.name), valueOfType(f, ranAt, depth + 1)]))
        : {};
    default:
      return null;
  }
}

/**
 * A run's outputs, shaped by the output fields of its scenario's interface: each field takes what the run computed
 * for it, else the input of the same name, else a value of its type. Null when the interface declares no outputs.
 */
export function outputsOf(declared: Item[] | null, inputs: Item, computed: Item, ranAt: string): Item | null {
  if (!declared || declared.length === 0) return null;
  const has = (o: Item, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  return Object.fromEntries(
    declared
      .filter((f) => typeof f.name === 'string' && f.name !== '')
      .map((f) => {
        const name = String(f.name);
        return [
          name,
          has(computed, name) ? computed[name] : has(inputs, name) ? inputs[name] : valueOfType(f, ranAt, 0),
        ];
      }),
  );
}

/**
 * What a seeded on-demand scenario's modules work out from its inputs (under Make's own names), and how its run
 * ends; any other scenario succeeds and computes nothing of its own.
 */
function seededWork(
  scenarioId: number,
  data: Item,
): { status: Outcome; computed: Item; error?: Item; takesMs?: number } {
  const ids = SEED_IDS.onDemand;
  switch (scenarioId) {
    case ids.lead: {
      const email = String(data.email);
      if (email.endsWith('@invalid.example')) {
        const causeModule = { name: 'CreateLead', appName: 'crm' };
        const message = `The CRM refused the email address ${email}.`;
        return { status: 'ERROR', computed: {}, error: { name: 'DataError', message, causeModule } };
      }
      const computed = {
        leadId: `lead-${email}`,
        summary: `${String(data.fullName ?? email)} on ${String(data.plan ?? 'free')}`,
        tagCount: Array.isArray(data.tags) ? data.tags.length : 0,
      };
      if (!email.endsWith('@warn.example')) return { status: 'SUCCESS', computed };
      const error = { name: 'Warning', message: 'Free-mail address; the lead was not scored.' };
      return { status: 'WARNING', computed, error };
    }
    case ids.invoice:
      return { status: 'SUCCESS', computed: { 'Reminder sent': true, 'Sent to': data['Customer email'] } };
    case ids.slow:
      return { status: 'SUCCESS', computed: { documents: 1200 }, takesMs: LONG_RUN_MS };
    default:
      return { status: 'SUCCESS', computed: {} };
  }
}

// ---------- a run ----------

/** A run needs an active scenario that is not running already (Make refuses otherwise) and its required inputs. */
const runScenario: Behaviour = (ctx, route, engine, state) => {
  const scenario = scenarioOf(ctx, route, engine, state);
  if (scenario.isActive !== true) throw errors.stateConflict('Scenario is not activated.');
  const started = Date.now();
  if ([...items(state, executionsOf(scenario.id)).values()].some((run) => isRunning(run, started)))
    throw errors.stateConflict('Scenario is already being executed.');
  const given = objectOr(ctx.body);
  const inputs = objectOr(given.data);
  const declared = interfaceOf(state, scenario.id);
  const missing = declared.input.filter(
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
  const timestamp = new Date(started).toISOString();
  const work = seededWork(Number(scenario.id), inputs);
  const outputs = work.status === 'ERROR' ? null : outputsOf(declared.output, inputs, work.computed, timestamp);
  // one operation per module of the current blueprint; the bytes the run took in and gave back
  const flow = (parsed(versionsOf(state, scenario).at(-1)!.blueprint, {}) as { flow?: unknown }).flow;
  const operations = Math.max(1, Array.isArray(flow) ? flow.length : 0);
  const run: Item = {
    id: executionId,
    imtId: `${started}_scenario.${String(scenario.id)}.manual.${executionId}`,
    organizationId: teamOf(state, scenario.teamId)?.organizationId ?? scenario.organizationId,
    teamId: scenario.teamId,
    type: 'manual',
    authorId: callerOf(state, ctx.organizationId, ctx.userId)?.id ?? null, // the token's user, as in the audit log
    instant: given.responsive === true,
    timestamp,
    duration: work.takesMs ?? RUN_MS_PER_OPERATION * operations,
    operations,
    centicredits: operations * CENTICREDITS_PER_OPERATION,
    transfer: Buffer.byteLength(JSON.stringify([given.data ?? {}, outputs])),
    status: work.status,
    outputs,
    ...(work.error ? { error: work.error } : {}),
    ...(work.takesMs ? { finishesAt: started + work.takesMs } : {}),
  };
  items(state, executionsOf(scenario.id)).set(executionId, run);
  // a responsive run answers with its status and, as Make's client reads them, its outputs
  const answer = { executionId, status: LOG_STATUS[work.status], ...(outputs ? { outputs } : {}) };
  return { status: 200, body: given.responsive === true ? answer : { executionId }, applied: { id: executionId } };
};

/** A run's result by execution id: RUNNING until it finishes, then its status, outputs and error. */
const getExecutionResult: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const run = engine.findItem(state, route.template, ctx.params)!.item; // the run itself, or Make's 404
  if (isRunning(run, Date.now())) return { status: 200, body: { status: 'RUNNING' } };
  const maxBytes = Number(queryValues(ctx.query, 'maxBytes')[0] ?? Infinity);
  const bytes = Buffer.byteLength(JSON.stringify(run.outputs ?? null));
  if (bytes > maxBytes)
    throw errors.tooLarge(`The execution's outputs (${bytes} bytes) exceed maxBytes (${maxBytes}).`);
  return {
    status: 200,
    body: { status: run.status ?? 'SUCCESS', outputs: run.outputs ?? null, ...(run.error ? { error: run.error } : {}) },
  };
};

// ---------- the logs: a view of the runs ----------

/** A run as its scenario's logs show it: pending (0) and the time so far while it runs. */
function logEntry(run: Item, now: number): Item {
  const entry: Item = Object.fromEntries(LOG_FIELDS.filter((k) => k in run).map((k) => [k, run[k]]));
  const running = isRunning(run, now);
  entry.status = running ? PENDING : (LOG_STATUS[run.status as Outcome] ?? LOG_STATUS.SUCCESS);
  if (running) entry.duration = now - Date.parse(String(run.timestamp));
  return entry;
}

/**
 * A page of log entries. Make sorts them by imtId (the run's time in ms, then its id), newest first unless asked
 * otherwise; compared as plain text, as their fixed-width parts need.
 */
function pageOfLogs(entries: Item[], query: [string, string][]): { page: Item[]; pg: Item } {
  if (queryValues(query, 'pg[sortBy]').length) return paginate(entries, query);
  const sortDir = queryValues(query, 'pg[sortDir]')[0] ?? 'desc';
  const sorted = entries.map((e) => [String(e.imtId), e] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sortDir === 'desc') sorted.reverse();
  const { page, pg } = paginate(
    sorted.map(([, e]) => e),
    query,
  );
  return { page, pg: { ...pg, sortBy: 'imtId', sortDir } };
}

function within(entry: Item, from: string | undefined, to: string | undefined): boolean {
  const at = Date.parse(String(entry.timestamp));
  return (from === undefined || at >= Number(from)) && (to === undefined || at <= Number(to));
}

const listLogs: Behaviour = (ctx, route, engine, state) => {
  const scenario = scenarioOf(ctx, route, engine, state);
  const q = (name: string) => queryValues(ctx.query, name)[0];
  const now = Date.now();
  const status = q('status');
  const entries = [...items(state, executionsOf(scenario.id)).values()]
    .map((run) => logEntry(run, now))
    .filter((e) => within(e, q('from'), q('to')) && (status === undefined || String(e.status) === status));
  const { page, pg } = pageOfLogs(entries, ctx.query);
  return { status: 200, body: { scenarioLogs: page, pg } };
};

const getLog: Behaviour = (ctx, route, engine, state) => {
  const scenario = scenarioOf(ctx, route, engine, state);
  const run = items(state, executionsOf(scenario.id)).get(ctx.params.executionId);
  if (!run) throw errors.notFound(`executionId ${JSON.stringify(ctx.params.executionId)} not found.`);
  return { status: 200, body: { scenarioLog: logEntry(run, Date.now()) } };
};

/**
 * A run's trace: its log entry with the blueprint it ran. The sandbox runs no modules, so there are no events or
 * bundles to show.
 */
const getLogTrace: Behaviour = (ctx, route, engine, state) => {
  const scenario = scenarioOf(ctx, route, engine, state);
  const run = items(state, executionsOf(scenario.id)).get(ctx.params.executionId);
  if (!run) throw errors.notFound(`executionId ${JSON.stringify(ctx.params.executionId)} not found.`);
  const blueprint = parsed(versionsOf(state, scenario).at(-1)!.blueprint, {});
  return {
    status: 200,
    body: { ...logEntry(run, Date.now()), scenarioId: scenario.id, blueprint, events: [], bundles: [] },
  };
};

/** The latest runs of every scenario of the caller's organization, newest first (Make's web app's feed). */
const listRecentLogs: Behaviour = (ctx, route, _engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const q = (name: string) => queryValues(ctx.query, name)[0];
  const now = Date.now();
  const entries = [...items(state, '/scenarios').values()]
    .filter((s) => s.organizationId === ctx.organizationId)
    .flatMap((s) => [...items(state, executionsOf(s.id)).values()].map((run) => logEntry(run, now)))
    .filter((e) => within(e, q('since'), q('until')));
  const { page } = pageOfLogs(entries, ctx.query);
  return { status: 200, body: { scenarioLogs: page } };
};

/** The seeded scenario's one run: started by its webhook, two modules, done. */
export function seedRun(state: EngineState): void {
  const executionId = String(SEED_PARAMS.executionId);
  const started = Date.parse('2026-01-15T10:00:00.000Z');
  const runs = items(state, executionsOf(SEED_IDS.scenario));
  runs.clear();
  runs.set(executionId, {
    id: executionId,
    imtId: `${started}_scenario.${SEED_IDS.scenario}.auto.${executionId}`,
    organizationId: SEED_IDS.organization,
    teamId: SEED_IDS.team,
    type: 'auto',
    authorId: null,
    instant: true,
    timestamp: new Date(started).toISOString(),
    duration: 2 * RUN_MS_PER_OPERATION,
    operations: 2,
    centicredits: 2 * CENTICREDITS_PER_OPERATION,
    transfer: 412,
    status: 'SUCCESS',
    outputs: null,
  });
  // the engine's own seed for the logs collection: the logs are read from the runs instead
  state.collections.delete(`/scenarios/${SEED_IDS.scenario}/logs`);
}

export const RUN_BEHAVIOURS: Record<string, Behaviour> = {
  'POST /scenarios/{scenarioId}/run': runScenario,
  'GET /scenarios/{scenarioId}/executions/{executionId}': getExecutionResult,
  'GET /scenarios/{scenarioId}/logs': listLogs,
  'GET /scenarios/{scenarioId}/logs/{executionId}': getLog,
  'GET /scenarios/{scenarioId}/logs/{executionId}/p': getLogTrace,
  'GET /scenarios/logs': listRecentLogs,
};
