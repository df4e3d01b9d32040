// The generic resource engine: serves every route of the table from its path shape, with Make's envelopes
// (the inventory's response keys) and Make's 400 for parameters the document marks required.
//
// Path shapes:
// - `…/{param}` ends in a parameter: an item of the collection `…` (get, update, replace, delete, or POST = upsert).
// - `…/literal` whose `…/literal/{param}` also exists: the collection itself (list, create, bulk delete).
// - anything else: a document attached to the nearest item (or to the account): `/hooks/{hookId}/enable`,
//   `/teams/{teamId}/usage`, `/enums/countries`. GET reads it; POST/PUT/PATCH write it; DELETE clears it.
// Items are kept per collection instance (`/teams/22/variables`), so nested resources keep real state.
import { errors } from './errors.js';
import examples from './examples.json' with { type: 'json' };
import { FALLBACK_SEED, SEED_IDS, SEED_PARAMS } from './seed-ids.js';
import type { EngineAnswer, EngineRequest, EngineState, Item, Route, Shape } from './types.js';

/** Per collection template, the item of a response example in Make's OpenAPI document (2024-12). */
const EXAMPLES: Record<string, unknown> = examples;

const BOOLEAN_KEYS = new Set([
  'success',
  'ok',
  'changed',
  'verified',
  'exists',
  'updated',
  'hasPermission',
  'attached',
  'learning',
  'gone',
  'emailSent',
  'strict',
  'pending',
  'differentTeam',
]);

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => String(params[name]));
}

/** The item template of every collection: '/teams/{teamId}/variables' → '/teams/{teamId}/variables/{variableName}'. */
export function itemTemplates(routes: readonly Route[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of routes) {
    const m = /^(.*)\/\{([^}]+)\}$/.exec(r.template);
    if (m && m[1] !== '' && !out.has(m[1])) out.set(m[1], m[2]);
  }
  return out;
}

export function shapeOf(route: Route, collections: Map<string, string>): Shape {
  const m = /^(.*)\/\{([^}]+)\}$/.exec(route.template);
  if (m && m[1] !== '') return { kind: 'item', collection: m[1], itemParam: m[2] };
  const itemParam = collections.get(route.template);
  if (itemParam) return { kind: 'collection', collection: route.template, itemParam };
  return { kind: 'document' };
}

/** The response key Make uses for one item of a collection: the get route's first key. */
function singularKey(routes: readonly Route[], collection: string, itemParam: string): string | undefined {
  const get = routes.find((r) => r.method === 'GET' && r.template === `${collection}/{${itemParam}}`);
  return get?.responseKeys[0];
}

function pluralKey(routes: readonly Route[], collection: string): string | undefined {
  const list = routes.find((r) => r.method === 'GET' && r.template === collection);
  return list?.responseKeys.find((k) => k !== 'pg');
}

function isNumericSeed(param: string): boolean {
  return typeof (SEED_PARAMS[param] ?? FALLBACK_SEED) === 'number';
}

function keyOf(value: unknown): string {
  return String(value);
}

export function createEngineState(routes: readonly Route[]): EngineState {
  const state: EngineState = {
    collections: new Map(),
    documents: new Map(),
    texts: new Map(),
    nextId: SEED_IDS.firstNewId,
  };
  for (const [collection, itemParam] of itemTemplates(routes)) {
    const seed = SEED_PARAMS[itemParam] ?? FALLBACK_SEED;
    const instance = fill(collection, new Proxy({}, { get: (_, k: string) => SEED_PARAMS[k] ?? FALLBACK_SEED }));
    // the item Make's document shows for this collection (scripts/gen-examples.mjs), under the seeded ids
    const example = structuredClone((EXAMPLES[collection] ?? {}) as Item);
    const name = example.name ?? `Example ${singularKey(routes, collection, itemParam) ?? itemParam}`;
    const item: Item = { ...example, id: seed, name, teamId: SEED_IDS.team, organizationId: SEED_IDS.organization };
    if (itemParam !== 'id' && !/Id$/.test(itemParam)) item[itemParam] = seed;
    if (/Name$/.test(itemParam)) item.name = seed; // keyed by name: variables, apps
    collectionAt(state, instance).set(keyOf(seed), item);
  }
  return state;
}

/** The items of one collection instance ('/teams/22/variables'), created empty when first used. */
export function collectionAt(state: EngineState, instance: string): Map<string, Item> {
  let c = state.collections.get(instance);
  if (!c) state.collections.set(instance, (c = new Map()));
  return c;
}

// ---------- request checks from Make's document ----------

export function queryValues(query: [string, string][], name: string): string[] {
  return query.filter(([k]) => k === name).map(([, v]) => v);
}

/** `cols[]=*`: every column. Not in the document, but Make's own client asks every read for it. */
const ALL_COLUMNS = '*';

/** A query parameter named after each connection type (`google[]=…`), as Make's reference writes it. */
export const CONNECTION_TYPE_LIST = '<connectionType>[]';

/** 400 with Make's body for a parameter that is missing, unknown to the operation, or of the wrong type or value. */
export function checkParameters(
  route: Route,
  query: [string, string][],
  body: unknown,
  params: Record<string, string> = {},
): void {
  const problems: { message: string; parameter: string }[] = [];
  for (const [name, spec] of Object.entries(route.pathParams ?? {})) {
    if (name in params && !spec.enum.map(String).includes(params[name])) {
      problems.push({ message: `Parameter '${name}' must be one of: ${spec.enum.join(', ')}.`, parameter: name });
    }
  }
  for (const [name, spec] of Object.entries(route.query)) {
    const values = queryValues(query, name);
    if (spec.required && values.length === 0)
      problems.push({ message: `Missing value of required parameter '${name}'.`, parameter: name });
    const scalar = spec.type === 'array' ? spec.items : spec.type;
    for (const v of values) {
      if (scalar === 'integer' && !/^-?\d+$/.test(v))
        problems.push({ message: `Parameter '${name}' must be an integer.`, parameter: name });
      if (scalar === 'boolean' && v !== 'true' && v !== 'false')
        problems.push({ message: `Parameter '${name}' must be a boolean.`, parameter: name });
      const allowed = spec.type === 'array' ? spec.itemsEnum : spec.enum;
      if (name === 'cols[]' && v === ALL_COLUMNS) continue;
      if (allowed && !allowed.map(String).includes(v))
        problems.push({ message: `Parameter '${name}' must be one of: ${allowed.join(', ')}.`, parameter: name });
    }
  }
  for (const [name] of query) {
    if (!(name in route.query) && !(name.endsWith('[]') && CONNECTION_TYPE_LIST in route.query))
      problems.push({ message: `Unknown parameter '${name}'.`, parameter: name });
  }
  if (route.body) {
    const given = body && typeof body === 'object' && !Array.isArray(body) ? (body as Item) : {};
    for (const [name, spec] of Object.entries(route.body.fields)) {
      if (spec.required && (given[name] === undefined || given[name] === null))
        problems.push({ message: `Missing value of required parameter '${name}'.`, parameter: name });
    }
    if (!route.body.open) {
      for (const name of Object.keys(given)) {
        if (!(name in route.body.fields)) problems.push({ message: `Unknown parameter '${name}'.`, parameter: name });
      }
    }
  } else if (
    body !== undefined &&
    route.method !== 'GET' &&
    route.method !== 'DELETE' &&
    Object.keys(body as object).length > 0
  ) {
    problems.push({ message: 'This operation takes no request body.', parameter: 'body' });
  }
  if (problems.length) throw errors.validation(problems);
}

// ---------- the engine ----------

/** Whether a body type is JSON proper (not application/jsonc, not text). */
export function isJsonType(contentType: string | null | undefined): boolean {
  return !contentType || contentType === 'application/json';
}

/** The content type of a route that takes a text body (writes a section, code, readme), else undefined. */
export function bodyTextType(route: Route): string | undefined {
  return route.body?.contentType && !isJsonType(route.body.contentType) ? route.body.contentType : undefined;
}

export class Engine {
  private readonly collections: Map<string, string>;
  /** Templates of text resources (written with a non-JSON body) → their content type. */
  private readonly textTypes: Map<string, string>;

  constructor(private readonly routes: readonly Route[]) {
    this.collections = itemTemplates(routes);
    this.textTypes = new Map(
      routes
        .filter((r) => r.body?.contentType && !isJsonType(r.body.contentType))
        .map((r) => [r.template, r.body!.contentType!]),
    );
  }

  /** The content type of a text route (a section, code, readme), for reading and writing it alike. */
  textTypeOf(route: Route): string | undefined {
    return bodyTextType(route) ?? (route.method === 'GET' ? this.textTypes.get(route.template) : undefined);
  }

  newState(): EngineState {
    return createEngineState(this.routes);
  }

  shapeOf(route: Route): Shape {
    return shapeOf(route, this.collections);
  }

  /** The item a path refers to (the whole path for item routes, the nearest item above for documents), or a 404. */
  findItem(
    state: EngineState,
    template: string,
    params: Record<string, string>,
  ): { instance: string; key: string; item: Item } | null {
    // the longest prefix of the template that ends in a parameter of a known collection
    const parts = template.split('/');
    for (let end = parts.length; end > 1; end--) {
      const last = parts[end - 1];
      const pm = /^\{([^}]+)\}$/.exec(last);
      if (!pm) continue;
      const collection = parts.slice(0, end - 1).join('/');
      if (!this.collections.has(collection)) continue;
      const instance = fill(collection, params);
      const key = params[pm[1]];
      const item = state.collections.get(instance)?.get(key);
      if (!item) throw errors.notFound(`${pm[1]} ${JSON.stringify(key)} not found.`);
      return { instance, key, item };
    }
    return null;
  }

  handle(state: EngineState, req: EngineRequest): EngineAnswer {
    const { route, params, query } = req;
    checkParameters(route, query, req.body, params);
    const textType = this.textTypeOf(route);
    if (textType) return this.handleText(state, req, textType);
    const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Item) : {};
    const shape = this.shapeOf(route);
    const keys = route.responseKeys;

    if (shape.kind === 'item') {
      const collection = shape.collection!;
      const itemParam = shape.itemParam!;
      const instance = fill(collection, params);
      const key = params[itemParam];
      // parents must exist too
      this.findParent(state, collection, params);
      const items = collectionAt(state, instance);
      const existing = items.get(key);
      const singular = singularKey(this.routes, collection, itemParam) ?? keys[0];
      if (route.method === 'POST' && !existing) {
        const created: Item = { id: isNumericSeed(itemParam) ? Number(key) : key, ...scalarQuery(query), ...body };
        items.set(key, created);
        return { body: envelope(keys, singular, created, created), applied: { id: key } };
      }
      if (!existing) throw errors.notFound(`${itemParam} ${JSON.stringify(key)} not found.`);
      switch (route.method) {
        case 'GET':
          return { body: envelope(keys, singular, project(existing, query), existing) };
        case 'DELETE':
          items.delete(key);
          return { body: envelope(keys, singular, existing.id ?? key, existing), applied: { id: key } };
        case 'PUT': {
          const replaced: Item = { id: existing.id, ...body };
          items.set(key, replaced);
          return { body: envelope(keys, singular, replaced, replaced), applied: { id: key } };
        }
        default:
          Object.assign(existing, body);
          return { body: envelope(keys, singular, existing, existing), applied: { id: key } };
      }
    }

    if (shape.kind === 'collection') {
      const collection = shape.collection!;
      const itemParam = shape.itemParam!;
      this.findParent(state, collection + '/', params);
      const instance = fill(collection, params);
      const items = collectionAt(state, instance);
      const singular = singularKey(this.routes, collection, itemParam) ?? keys[0];
      const plural = pluralKey(this.routes, collection) ?? keys[0];
      switch (route.method) {
        case 'GET': {
          const filters = scalarQuery(query);
          const all = [...items.values()].filter((item) =>
            Object.entries(filters).every(
              ([k, v]) => !(k in item) || typeof item[k] === 'object' || String(item[k]) === String(v),
            ),
          );
          const { page, pg } = paginate(all, query);
          return {
            body: {
              ...defaults(keys),
              [plural]: page.map((item) => project(item, query)),
              ...(keys.includes('pg') ? { pg } : {}),
            },
          };
        }
        case 'POST': {
          const id = isNumericSeed(itemParam)
            ? state.nextId++
            : String(body.name ?? body.key ?? `gen-${state.nextId++}`);
          const created: Item = { id, ...scalarQuery(query), ...body };
          if (!isNumericSeed(itemParam)) created[itemParam] = id;
          items.set(keyOf(id), created);
          return { body: envelope(keys, singular, created, created), applied: { id } };
        }
        case 'DELETE': {
          const ids = Array.isArray(body.ids) ? body.ids.map(String) : queryValues(query, 'ids[]');
          const removed = body.all === true ? [...items.keys()] : ids.filter((id) => items.has(id));
          for (const id of removed) items.delete(id);
          return {
            body: {
              ...defaults(keys),
              [keys[0] ?? plural]: removed.map((id) => (isNumericSeed(itemParam) ? Number(id) : id)),
            },
            applied: { id: null },
          };
        }
        default: {
          // a bulk change to the collection: answer with the items as they are
          return { body: { ...defaults(keys), [keys[0] ?? plural]: [...items.values()] }, applied: { id: null } };
        }
      }
    }

    // a document attached to the nearest item (which must exist) or to the account
    const owner = this.findItem(state, route.template, params);
    const at = fill(route.template, params);
    const stored = state.documents.get(at) ?? {};
    const ownerKey = owner ? this.ownerKey(route.template) : undefined;
    if (route.method === 'GET') return { body: documentBody(keys, stored, owner?.item, ownerKey) };
    if (route.method === 'DELETE') {
      state.documents.delete(at);
      return { body: documentBody(keys, {}, owner?.item, ownerKey), applied: { id: owner?.key ?? null } };
    }
    const next = route.method === 'PUT' ? { ...body } : { ...stored, ...body };
    state.documents.set(at, next);
    return { body: documentBody(keys, next, owner?.item, ownerKey), applied: { id: owner?.key ?? null } };
  }

  /** A text resource under an item that must exist: PUT keeps the text byte for byte, GET gives it back as it is. */
  private handleText(state: EngineState, req: EngineRequest, contentType: string): EngineAnswer {
    const { route, params } = req;
    this.findParent(state, route.template, params);
    const at = fill(route.template, params);
    if (route.method === 'GET') {
      return { body: state.texts.get(at) ?? (contentType === 'application/jsonc' ? '{}' : ''), contentType };
    }
    if (typeof req.body !== 'string') throw errors.badRequest(`Send the ${contentType} text as the request body.`);
    state.texts.set(at, req.body);
    return { body: defaults(route.responseKeys), applied: { id: at } };
  }

  /** The response key of the item that owns a document route ('scenario' for /scenarios/{scenarioId}/start). */
  private ownerKey(template: string): string | undefined {
    const parts = template.split('/');
    for (let end = parts.length; end > 1; end--) {
      const pm = /^\{([^}]+)\}$/.exec(parts[end - 1]);
      const collection = parts.slice(0, end - 1).join('/');
      if (pm && this.collections.has(collection)) return singularKey(this.routes, collection, pm[1]);
    }
    return undefined;
  }

  /** 404 unless every item named in the path above the collection exists. */
  private findParent(state: EngineState, template: string, params: Record<string, string>): void {
    const parent = template.slice(0, template.lastIndexOf('/'));
    if (/\{[^}]+\}/.test(parent)) this.findItem(state, parent, params);
  }
}

/** Query parameters that name a single value (teamId=22), as item fields; Make's own list controls left out. */
function scalarQuery(query: [string, string][]): Item {
  const out: Item = {};
  for (const [k, v] of query) {
    if (k.endsWith('[]') || k.startsWith('pg[') || k === 'confirmed') continue;
    out[k] = /^-?\d+$/.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v;
  }
  return out;
}

function project(item: Item, query: [string, string][]): Item {
  const cols = queryValues(query, 'cols[]');
  if (!cols.length || cols.includes(ALL_COLUMNS)) return item;
  return Object.fromEntries(cols.map((c) => [c, item[c] ?? null]));
}

/** How a list is sorted when the query does not say: Make's default for that list. */
export interface SortDefaults {
  sortBy?: string;
  sortDir?: 'asc' | 'desc';
}

/** An object value (a team, an actor) sorts by its name. */
function sortValue(value: unknown): string {
  if (value && typeof value === 'object') return String((value as Item).name ?? '');
  return String(value ?? '');
}

/** One page of a list by `pg[…]`; items that sort the same keep their order, reversed when descending (newest first). */
export function paginate(
  items: Item[],
  query: [string, string][],
  defaults: SortDefaults = {},
): { page: Item[]; pg: Item } {
  const limit = Number(queryValues(query, 'pg[limit]')[0] ?? 10_000);
  const offset = Number(queryValues(query, 'pg[offset]')[0] ?? 0);
  const sortBy = queryValues(query, 'pg[sortBy]')[0] ?? defaults.sortBy;
  const sortDir = queryValues(query, 'pg[sortDir]')[0] ?? defaults.sortDir ?? 'asc';
  const sorted = sortBy
    ? [...items].sort((a, b) => sortValue(a[sortBy]).localeCompare(sortValue(b[sortBy]), 'en', { numeric: true }))
    : [...items];
  if (sortBy && sortDir === 'desc') sorted.reverse();
  return { page: sorted.slice(offset, offset + limit), pg: { limit, offset, ...(sortBy ? { sortBy } : {}), sortDir } };
}

/** Placeholder values for response keys the engine has nothing for: flags true, plurals empty, else an object. */
function defaults(keys: readonly string[]): Item {
  return Object.fromEntries(
    keys.filter((k) => k !== 'pg').map((k) => [k, BOOLEAN_KEYS.has(k) ? true : /s$/.test(k) ? [] : {}]),
  );
}

function envelope(keys: readonly string[], singular: string, value: unknown, item: Item): Item {
  if (!keys.length) return { [singular ?? 'result']: value };
  const out = defaults(keys);
  for (const k of keys) if (k in item && k !== singular) out[k] = item[k];
  out[keys.includes(singular) ? singular : keys[0]] = value;
  return out;
}

function documentBody(
  keys: readonly string[],
  stored: Item,
  owner: Item | undefined,
  ownerKey: string | undefined,
): Item {
  const out: Item = { ...defaults(keys) };
  for (const k of keys) if (k in stored) out[k] = stored[k];
  if (owner && ownerKey && keys.includes(ownerKey)) out[ownerKey] = owner;
  // a document with no documented keys answers with what it holds
  return keys.length ? out : { ...stored };
}
