// The connections API, on the engine's `/connections` collection. A connection item holds Make's fields and, beside
// them, what Make never shows: its credentials (`data`) and whether its OAuth grant was revoked. Every answer goes
// through connectionView, so those never leave the simulator.
import { scenariosUsing } from './blueprints.js';
import { collectionAt as items } from './engine.js';
import { errors } from './errors.js';
import { APP_CONNECTION_TYPES, CONNECTIONS, INVALID_CREDENTIAL_PREFIX } from './seed.js';
import type { Behaviour, Connection, EngineState, BehaviourContext, BehaviourResult } from './types.js';

type ConnectionBehaviour = (ctx: BehaviourContext, state: EngineState) => BehaviourResult;

// ---------- helpers ----------

function queryAll(q: [string, string][], key: string): string[] {
  return q.filter(([k]) => k === key).map(([, v]) => v);
}

function queryOne(q: [string, string][], key: string): string | undefined {
  const all = queryAll(q, key);
  return all.length ? all[all.length - 1] : undefined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ok(body: unknown, applied?: { id: number | string | null }): BehaviourResult {
  return applied ? { status: 200, body, applied } : { status: 200, body };
}

/** Parses a strictly positive integer id ('12'); anything else is null. */
function parseId(raw: string | undefined): number | null {
  if (raw === undefined || !/^[1-9][0-9]{0,15}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

function requireTeam(ctx: BehaviourContext, state: EngineState): number {
  const raw = queryOne(ctx.query, 'teamId');
  if (raw === undefined || raw === '') {
    throw errors.validation([{ message: "Missing value of required parameter 'teamId'.", parameter: 'teamId' }]);
  }
  const teamId = parseId(raw);
  if (teamId === null) {
    throw errors.validation([{ message: "Parameter 'teamId' must be an integer.", parameter: 'teamId' }]);
  }
  const team = items(state, '/teams').get(String(teamId));
  // Make answers 'Permission denied' for resources outside the token's reach; we do the same for
  // teams that do not exist or belong to another organization (assumption: 403, not 404).
  if (team?.organizationId !== ctx.organizationId) throw errors.forbidden(`Access denied to team ${raw}.`);
  return teamId;
}

function findConnection(ctx: BehaviourContext, state: EngineState): Connection {
  const raw = ctx.params.connectionId;
  const id = parseId(raw);
  const conn = id === null ? undefined : (items(state, CONNECTIONS).get(String(id)) as Connection | undefined);
  if (!conn || conn.organizationId !== ctx.organizationId) {
    throw errors.notFound(`Connection ${JSON.stringify(raw)} not found.`);
  }
  return conn;
}

// Columns from Make's OpenAPI document (cols[] enums).
const LIST_COLS = [
  'id',
  'name',
  'accountName',
  'accountLabel',
  'packageName',
  'expire',
  'metadata',
  'teamId',
  'theme',
  'upgradeable',
  'scopesCnt',
  'scoped',
  'accountType',
  'editable',
  'uid',
  'connectedSystemId',
  'organizationId',
] as const;
const DETAIL_COLS = [...LIST_COLS, 'scopes'] as const;

function connectionView(c: Connection): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    accountName: c.accountName,
    accountLabel: c.accountLabel,
    packageName: null,
    expire: null,
    metadata: null,
    teamId: c.teamId,
    theme: c.theme,
    upgradeable: false,
    scopesCnt: c.scopes.length,
    scoped: true,
    accountType: c.accountType,
    editable: c.editable,
    uid: null,
    connectedSystemId: c.connectedSystemId,
    organizationId: c.organizationId,
    scopes: c.scopes.map((s) => ({ ...s })),
  };
}

function pickCols(
  view: Record<string, unknown>,
  ctx: BehaviourContext,
  allowed: readonly string[],
): Record<string, unknown> {
  const cols = queryAll(ctx.query, 'cols[]');
  const wanted = cols.length ? cols : allowed;
  const bad = cols.filter((c) => !allowed.includes(c));
  if (bad.length) {
    throw errors.validation(
      bad.map((c) => ({ message: `Unknown column '${c}' in cols[].`, parameter: 'cols[]', value: c })),
    );
  }
  const out: Record<string, unknown> = {};
  for (const k of wanted) out[k] = view[k];
  return out;
}

function credentialsLookValid(c: Connection): boolean {
  if (c.revoked) return false;
  for (const p of c.editableParameters) {
    const v = c.data[p];
    if (v === undefined || v === null || v === '') return false;
  }
  for (const v of Object.values(c.data)) {
    if (typeof v === 'string' && v.startsWith(INVALID_CREDENTIAL_PREFIX)) return false;
  }
  return true;
}

// ---------- connections ----------

const listConnections: ConnectionBehaviour = (ctx, state) => {
  const teamId = requireTeam(ctx, state);
  const types = queryAll(ctx.query, 'type[]');
  const rows = ([...items(state, CONNECTIONS).values()] as Connection[])
    .filter((c) => c.teamId === teamId)
    .filter((c) => types.length === 0 || types.includes(c.accountName))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
    .map((c) => pickCols(connectionView(c), ctx, LIST_COLS));
  return ok({ connections: rows });
};

const getConnection: ConnectionBehaviour = (ctx, state) => {
  const c = findConnection(ctx, state);
  return ok({ connection: pickCols(connectionView(c), ctx, DETAIL_COLS) });
};

const createConnection: ConnectionBehaviour = (ctx, state) => {
  const teamId = requireTeam(ctx, state);
  if (!isPlainObject(ctx.body)) throw errors.badRequest('The request body must be a JSON object.');
  const b = ctx.body;
  const sub: { message: string; parameter: string }[] = [];
  if (typeof b.accountName !== 'string' || b.accountName.trim() === '') {
    sub.push({ message: "Missing value of required parameter 'accountName'.", parameter: 'accountName' });
  }
  if (typeof b.accountType !== 'string' || b.accountType.trim() === '') {
    sub.push({ message: "Missing value of required parameter 'accountType'.", parameter: 'accountType' });
  }
  if (b.scopes !== undefined && !(Array.isArray(b.scopes) && b.scopes.every((s) => typeof s === 'string'))) {
    sub.push({ message: "Parameter 'scopes' must be an array of strings.", parameter: 'scopes' });
  }
  if (sub.length) throw errors.validation(sub);
  const appType = b.accountType as string;
  const app = APP_CONNECTION_TYPES[appType];
  if (!app) throw errors.badRequest('Invalid connection type', [{ message: `Unknown connection type '${appType}'.` }]);
  const scopeIds = (b.scopes as string[] | undefined) ?? [];
  if (scopeIds.length && app.kind !== 'oauth') {
    throw errors.badRequest('Invalid scope', [{ message: `Connection type '${appType}' takes no scopes.` }]);
  }
  const data: Record<string, unknown> = {};
  for (const p of app.editableParameters) data[p] = '';
  for (const [k, v] of Object.entries(b)) {
    if (k !== 'accountName' && k !== 'accountType' && k !== 'scopes') data[k] = v;
  }
  const team = items(state, '/teams').get(String(teamId))!;
  const id = state.nextId++;
  const conn: Connection = {
    id,
    name: (b.accountName as string).slice(0, 128),
    accountName: appType,
    accountLabel: app.label,
    accountType: app.kind,
    teamId,
    organizationId: team.organizationId as number,
    editable: app.editable,
    editableParameters: [...app.editableParameters],
    data,
    scopes: [...new Set(scopeIds)].map((s) => ({ id: s, account: appType })),
    theme: app.theme,
    connectedSystemId: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    revoked: false,
  };
  items(state, CONNECTIONS).set(String(id), conn);
  return ok({ connection: pickCols(connectionView(conn), { ...ctx, query: [] }, DETAIL_COLS) }, { id });
};

const renameConnection: ConnectionBehaviour = (ctx, state) => {
  const c = findConnection(ctx, state);
  if (!isPlainObject(ctx.body)) throw errors.badRequest('The request body must be a JSON object.');
  const extra = Object.keys(ctx.body).filter((k) => k !== 'name');
  const name = ctx.body.name;
  const sub: { message: string; parameter: string }[] = [];
  if (typeof name !== 'string' || name.trim() === '') {
    sub.push({ message: "Missing value of required parameter 'name'.", parameter: 'name' });
  } else if (name.length > 128) {
    sub.push({ message: "Parameter 'name' must be at most 128 characters long.", parameter: 'name' });
  }
  for (const k of extra) sub.push({ message: `Unknown parameter '${k}'.`, parameter: k });
  if (sub.length) throw errors.validation(sub);
  c.name = name as string;
  return ok({ connection: pickCols(connectionView(c), ctx, DETAIL_COLS) }, { id: c.id });
};

const setConnectionData: ConnectionBehaviour = (ctx, state) => {
  const c = findConnection(ctx, state);
  if (!c.editable) throw errors.cannotEdit(c.id);
  if (!isPlainObject(ctx.body)) throw errors.badRequest('The request body must be a JSON object.');
  // The new data replaces the old: every editable field that is not sent becomes empty.
  const data: Record<string, unknown> = {};
  for (const p of c.editableParameters) data[p] = '';
  Object.assign(data, ctx.body);
  c.data = data;
  return ok({ changed: true }, { id: c.id });
};

const editableDataSchema: ConnectionBehaviour = (ctx, state) => {
  const c = findConnection(ctx, state);
  if (!c.editable) throw errors.cannotEdit(c.id);
  return ok({ editableParameters: [...c.editableParameters] });
};

const deleteConnection: ConnectionBehaviour = (ctx, state) => {
  const c = findConnection(ctx, state);
  const confirmed = queryOne(ctx.query, 'confirmed') === 'true';
  const users = scenariosUsing(state, c.id);
  if (users.length && !confirmed) {
    throw errors.confirmationRequired(
      `Connection ${c.id} is used in scenario(s) ${users.join(', ')}. Repeat the call with confirmed=true to delete it.`,
    );
  }
  items(state, CONNECTIONS).delete(String(c.id));
  return ok({ connection: c.id }, { id: c.id });
};

const testConnection: ConnectionBehaviour = (ctx, state) => {
  const c = findConnection(ctx, state);
  return ok({ verified: credentialsLookValid(c) });
};

const scopedConnection: ConnectionBehaviour = (ctx, state) => {
  const c = findConnection(ctx, state);
  const b = ctx.body;
  if (!isPlainObject(b) || !Array.isArray(b.scope) || !b.scope.every((s) => typeof s === 'string')) {
    throw errors.validation([{ message: "Parameter 'scope' must be an array of scope ids.", parameter: 'scope' }]);
  }
  const granted = new Set(c.scopes.map((s) => s.id));
  return ok({ connection: { scoped: (b.scope as string[]).every((s) => granted.has(s)) } });
};

/** The connection routes, by route key; each works on the engine's state only. */
const ROUTES: Record<string, ConnectionBehaviour> = {
  'GET /connections': listConnections,
  'POST /connections': createConnection,
  'GET /connections/{connectionId}': getConnection,
  'PATCH /connections/{connectionId}': renameConnection,
  'DELETE /connections/{connectionId}': deleteConnection,
  'POST /connections/{connectionId}/set-data': setConnectionData,
  'GET /connections/{connectionId}/editable-data-schema': editableDataSchema,
  'POST /connections/{connectionId}/test': testConnection,
  'POST /connections/{connectionId}/scoped': scopedConnection,
};

export const CONNECTION_BEHAVIOURS: Record<string, Behaviour> = Object.fromEntries(
  Object.entries(ROUTES).map(([key, run]) => [key, (ctx, _route, _engine, state) => run(ctx, state)]),
);
