// The audit log: every change the sandbox makes to a scenario, connection, webhook, data store, key or variable
// leaves an entry with the fields of Make's document (uuid, eventName, triggeredAt, organization, team, actor,
// targetId), read back by organization, by team, or one by one, with the filters Make documents.
import { randomUUID } from 'node:crypto';
import { callerOf, teamOf } from './accounts.js';
import { checkParameters, collectionAt, fill, paginate, queryValues } from './engine.js';
import { errors } from './errors.js';
import { ROUTES } from './routes.js';
import { SEED_IDS, SEED_PARAMS } from './seed-ids.js';
import type { Behaviour, EngineState, Item, Route } from './types.js';

/**
 * What the log records, by collection, under Make's event names: `<what>_<done>`, as in the document's examples
 * (webhook_created, webhook_disabled, connection_created, key_created, team_variable_created …).
 */
const AUDITED: { collection: string; what: string; header: string }[] = [
  { collection: '/scenarios', what: 'scenario', header: 'Scenarios' },
  { collection: '/scenarios-folders', what: 'scenario_folder', header: 'Scenario folders' },
  { collection: '/connections', what: 'connection', header: 'Connections' },
  { collection: '/hooks', what: 'webhook', header: 'Webhooks' },
  { collection: '/data-stores', what: 'data_store', header: 'Data stores' },
  { collection: '/data-structures', what: 'data_structure', header: 'Data structures' },
  { collection: '/keys', what: 'key', header: 'Keys' },
  { collection: '/teams/{teamId}/variables', what: 'team_variable', header: 'Team variables' },
  {
    collection: '/organizations/{organizationId}/variables',
    what: 'organization_variable',
    header: 'Organization variables',
  },
];

/** Writes below an item that the log names by what they did; other writes below an item are not recorded. */
const ACTIONS: Record<string, string> = {
  'POST /scenarios/{scenarioId}/start': 'activated',
  'POST /scenarios/{scenarioId}/stop': 'deactivated',
  'POST /scenarios/{scenarioId}/clone': 'created',
  'PATCH /scenarios/{scenarioId}/interface': 'updated',
  'POST /connections/{connectionId}/set-data': 'updated',
  'POST /connections/{connectionId}/scoped': 'updated',
  'POST /hooks/{hookId}/enable': 'enabled',
  'POST /hooks/{hookId}/disable': 'disabled',
  'POST /hooks/{hookId}/set-data': 'updated',
};

interface AuditedWrite {
  collection: string;
  /** The path parameter naming the item, except for a creation (the new item's id is the answer's). */
  itemParam?: string;
  what: string;
  done: string;
}

/** What a route does that the log records, if anything. */
function auditedWrite(route: Route): AuditedWrite | null {
  if (route.method === 'GET') return null;
  const below = /^(.*)\/\{([^}]+)\}(\/[^/{}]+)?$/.exec(route.template);
  for (const { collection, what } of AUDITED) {
    if (route.template === collection) return route.method === 'POST' ? { collection, what, done: 'created' } : null;
    if (below?.[1] !== collection) continue;
    const itemParam = below[2];
    if (below[3]) return ACTIONS[route.key] ? { collection, itemParam, what, done: ACTIONS[route.key] } : null;
    if (route.method === 'DELETE') return { collection, itemParam, what, done: 'deleted' };
    return route.method === 'PATCH' || route.method === 'PUT' ? { collection, itemParam, what, done: 'updated' } : null;
  }
  return null;
}

/** Every event the log records, as Make's filters list them: grouped, each with a label and its value. */
const EVENTS = AUDITED.map(({ what, header }) => {
  const names = new Set(
    ROUTES.map(auditedWrite)
      .filter((w): w is AuditedWrite => w?.what === what)
      .map((w) => `${what}_${w.done}`),
  );
  const label = (name: string) => name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return { header, items: [...names].sort().map((value) => ({ label: label(value), value })) };
});

/** Where an organization's entries are kept: the collection of `GET /audit-logs/{organizationId}/{uuid}`. */
const entriesOf = (organizationId: unknown) => `/audit-logs/${String(organizationId)}`;

const named = (item: Item | undefined) => (item ? { id: item.id, name: item.name } : null);

/** The entry for a change: who made it, in which organization and team, to what; `details` only in a detail. */
function entryFor(
  state: EngineState,
  change: { eventName: string; target: Item | undefined; targetId: unknown; at: string; sent: Item },
  context: { params: Record<string, string>; organizationId: number; userId?: number },
): Item {
  const { target, sent } = change;
  const team = teamOf(state, target?.teamId ?? context.params.teamId ?? sent.teamId);
  const organizationId = Number(
    team?.organizationId ?? target?.organizationId ?? context.params.organizationId ?? context.organizationId,
  );
  const actor = callerOf(state, context.organizationId, context.userId);
  return {
    uuid: randomUUID(),
    createdAt: change.at,
    triggeredAt: change.at,
    organizationId,
    organization: named(collectionAt(state, '/organizations').get(String(organizationId))),
    eventName: change.eventName,
    team: named(team),
    actor: actor ? { id: actor.id, name: actor.name, email: actor.email } : null,
    targetId: String(change.targetId),
    // Make's document names this field without its content: here, the target's name and the fields the change sent
    details: { ...(target?.name !== undefined ? { name: target.name } : {}), fields: Object.keys(sent) },
  };
}

/**
 * Starts recording a write the log audits: the item as it was before (a delete removes it). The function returned
 * appends the entry once the write is applied; null for writes the log does not record.
 */
export function auditWrite(
  state: EngineState,
  route: Route,
  params: Record<string, string>,
): ((appliedId: unknown, body: unknown, caller: { organizationId: number; userId?: number }) => void) | null {
  const write = auditedWrite(route);
  if (!write) return null;
  const items = () => collectionAt(state, fill(write.collection, params));
  const before = write.done === 'created' || !write.itemParam ? undefined : items().get(params[write.itemParam]);
  return (appliedId, body, caller) => {
    const targetId = write.done === 'created' ? appliedId : params[write.itemParam!];
    const target = items().get(String(targetId)) ?? before;
    const sent = body && typeof body === 'object' && !Array.isArray(body) ? (body as Item) : {};
    const at = new Date().toISOString();
    const entry = entryFor(
      state,
      { eventName: `${write.what}_${write.done}`, target, targetId, at, sent },
      { params, ...caller },
    );
    collectionAt(state, entriesOf(entry.organizationId)).set(String(entry.uuid), entry);
  };
}

// ---------- reading the log ----------

/** `dateFrom`/`dateTo` as Make takes them: a day (YYYY-MM-DD, the whole day) or an instant. */
function timeOf(name: string, value: string, endOfDay: boolean): number {
  const at = Date.parse(value);
  if (Number.isNaN(at))
    throw errors.validation([{ message: `Parameter '${name}' must be a date, YYYY-MM-DD.`, parameter: name }]);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && endOfDay ? at + 86_400_000 - 1 : at;
}

/** An id or a name: a team, an author. */
function matches(values: string[], who: unknown): boolean {
  const { id, name } = (who ?? {}) as Item;
  return values.some((v) => v === String(id) || v === name);
}

function answerList(entries: Item[], query: [string, string][]): { status: number; body: unknown } {
  const q = (name: string) => queryValues(query, name);
  const from = q('dateFrom')[0];
  const to = q('dateTo')[0];
  const start = from === undefined ? undefined : timeOf('dateFrom', from, false);
  const end = to === undefined ? undefined : timeOf('dateTo', to, true);
  const kept = entries.filter((e) => {
    const at = Date.parse(String(e.triggeredAt));
    return (
      (start === undefined || at >= start) &&
      (end === undefined || at <= end) &&
      (!q('event').length || q('event').includes(String(e.eventName))) &&
      (!q('author').length || matches(q('author'), e.actor)) &&
      (!q('team').length || matches(q('team'), e.team))
    );
  });
  const { page, pg } = paginate(kept, query, { sortBy: 'triggeredAt', sortDir: 'desc' });
  const totalCount = q('pg[returnTotalCount]')[0] === 'true' ? { totalCount: kept.length } : {};
  // a list shows an entry without its details, as Make's document does
  const auditLogs = page.map(({ details: _details, ...entry }) => entry);
  return { status: 200, body: { auditLogs, pg: { ...pg, ...totalCount } } };
}

const listOrganizationLog: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const organization = engine.findItem(state, '/organizations/{organizationId}', ctx.params)!.item;
  return answerList([...collectionAt(state, entriesOf(organization.id)).values()], ctx.query);
};

const listTeamLog: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const team = engine.findItem(state, '/teams/{teamId}', ctx.params)!.item;
  const entries = [...collectionAt(state, entriesOf(team.organizationId)).values()];
  return answerList(
    entries.filter((e) => (e.team as Item | null)?.id === team.id),
    ctx.query,
  );
};

const getEntry: Behaviour = (ctx, route, _engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const entry = collectionAt(state, entriesOf(ctx.params.organizationId)).get(ctx.params.uuid);
  if (!entry) throw errors.notFound(`Audit log entry ${JSON.stringify(ctx.params.uuid)} not found.`);
  return { status: 200, body: entry };
};

const person = (u: Item) => ({ id: u.id, name: u.name, email: u.email });

const organizationFilters: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const organization = engine.findItem(state, '/organizations/{organizationId}', ctx.params)!.item;
  const users = [...collectionAt(state, '/users').values()].filter((u) => u.organizationId === organization.id);
  const teams = [...collectionAt(state, '/teams').values()].filter((t) => t.organizationId === organization.id);
  return { status: 200, body: { users: users.map(person), teams: teams.map(named), events: EVENTS } };
};

const teamFilters: Behaviour = (ctx, route, engine, state) => {
  checkParameters(route, ctx.query, ctx.body, ctx.params);
  const team = engine.findItem(state, '/teams/{teamId}', ctx.params)!.item;
  const members = [...collectionAt(state, '/users').values()].filter((u) =>
    collectionAt(state, `/users/${String(u.id)}/user-team-roles`).has(String(team.id)),
  );
  return { status: 200, body: { users: members.map(person), events: EVENTS } };
};

/** One entry in a fresh sandbox: the seeded user connected Slack (connection 101) at the start of 2026. */
export function seedAudit(state: EngineState): void {
  // the engine's own seeds for these paths: the log is kept per organization instead
  state.collections.delete('/audit-logs/organization');
  state.collections.delete('/audit-logs/team');
  const entries = collectionAt(state, entriesOf(SEED_IDS.organization));
  entries.clear();
  const target = collectionAt(state, '/connections').get(String(SEED_IDS.connections.slack));
  const entry = entryFor(
    state,
    {
      eventName: 'connection_created',
      target,
      targetId: SEED_IDS.connections.slack,
      at: '2026-01-01T09:00:00.000Z',
      sent: { name: target?.name, accountName: target?.accountName },
    },
    { params: {}, organizationId: SEED_IDS.organization, userId: SEED_IDS.user },
  );
  entries.set(String(SEED_PARAMS.uuid), { ...entry, uuid: SEED_PARAMS.uuid });
}

export const AUDIT_BEHAVIOURS: Record<string, Behaviour> = {
  'GET /audit-logs/organization/{organizationId}': listOrganizationLog,
  'GET /audit-logs/organization/{organizationId}/filters': organizationFilters,
  'GET /audit-logs/team/{teamId}': listTeamLog,
  'GET /audit-logs/team/{teamId}/filters': teamFilters,
  'GET /audit-logs/{organizationId}/{uuid}': getEntry,
};
