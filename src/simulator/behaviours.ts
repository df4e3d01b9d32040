// The few routes where Make's behaviour is special and agents depend on it. Everything else is the engine's.
// Each behaviour checks parameters like the engine, then works on the engine's state.
import { checkParameters, Engine, fill, type EngineState, type Item } from './engine.js';
import { errors } from './errors.js';
import type { HandlerContext, HandlerResult } from './handlers.js';
import type { Route } from './routes.js';

export type Behaviour = (ctx: HandlerContext, route: Route, engine: Engine, state: EngineState) => HandlerResult;

function body(ctx: HandlerContext): Item {
  return ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? (ctx.body as Item) : {};
}

function owner(ctx: HandlerContext, route: Route, engine: Engine, state: EngineState): Item {
  checkParameters(route, ctx.query, ctx.body);
  return engine.findItem(state, route.template, ctx.params)!.item;
}

function items(state: EngineState, instance: string): Map<string, Item> {
  let c = state.collections.get(instance);
  if (!c) state.collections.set(instance, (c = new Map()));
  return c;
}

const setScenarioActive = (isActive: boolean): Behaviour => (ctx, route, engine, state) => {
  const scenario = owner(ctx, route, engine, state);
  scenario.isActive = isActive;
  return { status: 200, body: { scenario }, applied: { id: scenario.id as number } };
};

const setHookEnabled = (enabled: boolean): Behaviour => (ctx, route, engine, state) => {
  const hook = owner(ctx, route, engine, state);
  hook.enabled = enabled;
  return { status: 200, body: { success: true }, applied: { id: hook.id as number } };
};

/** A run needs an active scenario (Make refuses otherwise) and leaves an execution in the scenario's logs. */
const runScenario: Behaviour = (ctx, route, engine, state) => {
  const scenario = owner(ctx, route, engine, state);
  if (scenario.isActive !== true) {
    throw errors.badRequest(`Scenario ${String(scenario.id)} is not active. Activate it before running it.`, [
      { message: 'The scenario is not activated.' },
    ]);
  }
  const executionId = `exec-${state.nextId++}`;
  const status = 1; // success
  items(state, `/scenarios/${String(scenario.id)}/logs`).set(executionId, {
    id: executionId, scenarioId: scenario.id, status, type: 'manual', inputs: body(ctx).data ?? {},
  });
  return { status: 200, body: body(ctx).responsive === true ? { executionId, status } : { executionId }, applied: { id: executionId } };
};

// Data store records are keyed and hold their fields under `data`.
const recordsOf = (ctx: HandlerContext) => `/data-stores/${ctx.params.dataStoreId}/data`;

const listRecords: Behaviour = (ctx, route, engine, state) => {
  owner(ctx, route, engine, state);
  const records = [...items(state, recordsOf(ctx)).values()].map((r) => ({ key: r.key, data: r.data }));
  const limit = Number(ctx.query.find(([k]) => k === 'pg[limit]')?.[1] ?? 10_000);
  const offset = Number(ctx.query.find(([k]) => k === 'pg[offset]')?.[1] ?? 0);
  return {
    status: 200,
    body: { records: records.slice(offset, offset + limit), spec: [], strict: false, count: records.length, pg: { limit, offset } },
  };
};

const createRecord: Behaviour = (ctx, route, engine, state) => {
  owner(ctx, route, engine, state);
  const given = body(ctx);
  const key = typeof given.key === 'string' && given.key ? given.key : `key-${state.nextId++}`;
  const records = items(state, recordsOf(ctx));
  if (records.has(key)) throw errors.badRequest(`A record with key '${key}' already exists.`, [{ message: 'Duplicate key.' }]);
  const record = { key, data: (given.data as Item) ?? {} };
  records.set(key, record);
  return { status: 200, body: record, applied: { id: key } };
};

/** PUT replaces the record's data; PATCH changes only the given fields. Both create a missing record. */
const writeRecord = (replace: boolean): Behaviour => (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body);
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
  const keys = given.all === true
    ? [...records.keys()].filter((k) => !except.has(k))
    : (Array.isArray(given.keys) ? given.keys.map(String) : []).filter((k) => records.has(k));
  if (!keys.length && given.all !== true) throw errors.validation([{ message: 'Name the keys to delete, or all: true.', parameter: 'keys' }]);
  for (const k of keys) records.delete(k);
  return { status: 200, body: { keys }, applied: { id: null } };
};

/** Make's organization carries its license, whose apiLimit is the rate limit the server discovers. */
const getOrganization: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body);
  const found = engine.findItem(state, route.template, ctx.params)!.item;
  const teams = [...items(state, '/teams').values()].filter((t) => t.organizationId === found.id).map((t) => ({ id: t.id, name: t.name }));
  return { status: 200, body: { organization: { ...found, teams, license: { apiLimit: ctx.rateLimitPerMinute } } } };
};

export const BEHAVIOURS: Record<string, Behaviour> = {
  'GET /organizations/{organizationId}': getOrganization,
  'POST /scenarios/{scenarioId}/start': setScenarioActive(true),
  'POST /scenarios/{scenarioId}/stop': setScenarioActive(false),
  'POST /scenarios/{scenarioId}/run': runScenario,
  'POST /hooks/{hookId}/enable': setHookEnabled(true),
  'POST /hooks/{hookId}/disable': setHookEnabled(false),
  'GET /data-stores/{dataStoreId}/data': listRecords,
  'POST /data-stores/{dataStoreId}/data': createRecord,
  'PUT /data-stores/{dataStoreId}/data/{dataStoreKeyRecord}': writeRecord(true),
  'PATCH /data-stores/{dataStoreId}/data/{dataStoreKeyRecord}': writeRecord(false),
  'DELETE /data-stores/{dataStoreId}/data': deleteRecords,
};

/** Seed details beyond the engine's one example per collection: an active and an inactive scenario, records. */
export function seedDetails(state: EngineState): void {
  const scenarios = items(state, '/scenarios');
  Object.assign(scenarios.get('501')!, { name: 'Post new orders to Slack', isActive: true, folderId: 401 });
  scenarios.set('502', { id: 502, name: 'Weekly invoice sync', teamId: 22, organizationId: 11, isActive: false, folderId: 401 });
  const records = items(state, fill('/data-stores/{dataStoreId}/data', { dataStoreId: 701 }));
  records.clear();
  records.set('rec-1', { key: 'rec-1', data: { email: 'ada@example.com', plan: 'pro' } });
  records.set('rec-2', { key: 'rec-2', data: { email: 'alan@example.com', plan: 'free' } });
  Object.assign(items(state, '/organizations').get('11')!, { name: 'Sandbox Org', zone: 'eu1.make.com' });
  Object.assign(items(state, '/teams').get('22')!, { name: 'Sandbox Team' });
}
