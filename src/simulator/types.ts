// The simulator's shared types: routes, the engine's state and answers, behaviours, connections.
// A leaf module (it imports nothing), so every other simulator module can use them without an import cycle.

// ---------- routes ----------

/** One documented parameter: its JSON type, allowed values, and whether Make requires it. */
export interface ParamSpec {
  type?: string;
  enum?: (string | number)[];
  /** For arrays: the item type and allowed item values. */
  items?: string;
  itemsEnum?: (string | number)[];
  required: boolean;
  /** Not in the document: sent by Make's own client (make-client.ts). */
  makeClient?: true;
}

export interface RouteRow {
  method: string;
  path: string;
  scope: string;
  group: string;
  /** Top-level keys of a success body, from the inventory. */
  responseKeys: string[];
  /** Make's own confirmation flag, where the operation has one. */
  confirmParam: string | null;
  /** True when Make's OpenAPI document has the operation; else the parameters come from the inventory. */
  documented: boolean;
  /** Path parameters the document restricts to a set of values (a custom app's section). */
  pathParams?: Record<string, { enum: (string | number)[] }>;
  /** Query parameters by Make's name (`cols[]`, `pg[limit]`). */
  query: Record<string, ParamSpec>;
  /** Top-level body fields; `open` when the document allows fields it does not name. */
  body?: { contentType: string | null; fields: Record<string, ParamSpec>; open: boolean };
}

export interface Route extends Omit<RouteRow, 'path' | 'scope'> {
  template: string; // '/connections/{connectionId}'
  key: string; // 'GET /connections/{connectionId}'
  scope: string | null; // null when the route needs no scope
  segments: { literal: string | null; param: string | null }[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

// ---------- the engine ----------

export type Item = Record<string, unknown>;

export interface EngineState {
  /** Collection instance path ('/teams/22/variables') → item key → item. */
  collections: Map<string, Map<string, Item>>;
  /** Document path ('/hooks/601/ping') → stored document. */
  documents: Map<string, Item>;
  /** Path of a text resource (a custom app's section, code, readme) → its text, byte for byte. */
  texts: Map<string, string>;
  nextId: number;
}

export interface EngineRequest {
  route: Route;
  params: Record<string, string>;
  query: [string, string][];
  body: unknown;
}

export interface EngineAnswer {
  body: unknown;
  /** Set for a text answer: the body is the text itself. */
  contentType?: string;
  /** Set when the call changed state. */
  applied?: { id: number | string | null };
}

export interface Shape {
  kind: 'item' | 'collection' | 'document';
  /** Collection template for items and collections: '/teams/{teamId}/variables'. */
  collection?: string;
  /** The item's path parameter ('variableName'), for items and collections. */
  itemParam?: string;
}

// ---------- behaviours ----------

export interface BehaviourContext {
  params: Record<string, string>;
  query: [string, string][];
  body: unknown;
  tokenScopes: string[];
  organizationId: number;
  rateLimitPerMinute: number;
  /** The user an OAuth token belongs to; an API token is the organization's first user's. */
  userId?: number;
}

export interface BehaviourResult {
  status: number;
  body: unknown;
  /** Set when the call changed state. */
  applied?: { id: number | string | null };
  /** For a text answer (a section, code): its content type; the body is then the text itself. */
  contentType?: string;
}

/** The engine as behaviours use it: its generic answer and its item lookup (engine.ts's Engine). */
export interface EngineLike {
  handle(state: EngineState, req: EngineRequest): EngineAnswer;
  findItem(
    state: EngineState,
    template: string,
    params: Record<string, string>,
  ): { instance: string; key: string; item: Item } | null;
}

/** A route whose behaviour in Make is special: it works on the engine's state, with the engine's help. */
export type Behaviour = (
  ctx: BehaviourContext,
  route: Route,
  engine: EngineLike,
  state: EngineState,
) => BehaviourResult;

// ---------- connections ----------

/** A connection as the engine keeps it. */
export interface Connection extends Item {
  id: number;
  name: string; // display name chosen by the user
  accountName: string; // app connection type, e.g. 'slack'
  accountLabel: string; // app label, e.g. 'Slack'
  accountType: 'oauth' | 'basic' | 'apikey';
  teamId: number;
  organizationId: number;
  editable: boolean;
  editableParameters: string[];
  scopes: { id: string; name?: string; account: string }[];
  theme: string;
  connectedSystemId: string;
  /** The credentials; never in an answer. */
  data: Record<string, unknown>;
  /** OAuth connections whose grant was revoked verify false whatever their data. */
  revoked: boolean;
}

/** Connection types the simulator knows; creating any other type is refused ('Invalid connection type'). */
export interface AppConnectionType {
  label: string;
  kind: 'oauth' | 'basic' | 'apikey';
  editable: boolean;
  editableParameters: string[];
  theme: string;
}
