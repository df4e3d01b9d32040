// The shape of one Make endpoint as data. tools/ declares endpoints with this and nothing else;
// everything a tool does (validation, gates, HTTP, errors, output) is derived by the pipeline in src/.
import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Effect = 'read' | 'write' | 'destructive';
export type Route = `${Method} /${string}`;

/**
 * Where Make states an endpoint: its OpenAPI document of 2024-12 (the default), its API reference published after
 * that document, or only its own client `@makehq/sdk`. The fidelity test checks the first against the document.
 */
export type Source = 'openapi-2024-12' | 'make-reference' | 'make-client';

export function sourceOf(e: Pick<Endpoint, 'source'>): Source {
  return e.source ?? 'openapi-2024-12';
}

export interface Endpoint<S extends z.ZodRawShape = z.ZodRawShape> {
  /** `<resource>_<action>`, [a-z0-9_-], at most 48 characters. */
  name: string;
  title: string;
  /** Written for a model: what it does, when to use it, where the ids come from. */
  description: string;
  route: Route;
  /** Where Make states this endpoint; absent means Make's OpenAPI document of 2024-12. */
  source?: Source;
  /** The token scope Make requires, or null when any valid token may call it. */
  scope: string | null;
  effect: Effect;
  /** Keys are Make's own parameter names; every field `.describe()`d. */
  input: S;
  /** For POST/PUT/PATCH: the inputs that travel in the query string rather than the body. */
  query?: readonly (keyof S & string)[];
  /**
   * Make's query name for an input, where it cannot be the input's own (clients refuse property names such as
   * `pg[last]` or `timeframe[dateFrom]`): `{ last: 'pg[last]' }`.
   */
  queryNames?: Partial<Record<keyof S & string, string>>;
  /**
   * The input whose text is the whole request body, sent byte for byte with this content type: a custom app's
   * section (`application/jsonc`: comments survive), its readme, a function's code. Other inputs go in the query.
   */
  textBody?: { input: keyof S & string; contentType: string };
  /** For DELETE: the inputs that travel in a JSON body rather than the query string. */
  body?: readonly (keyof S & string)[];
  /** Inputs Make takes as JSON-encoded text (a blueprint, scheduling): an object given here is serialised. */
  jsonText?: readonly (keyof S & string)[];
  /** An input holding a free-form object whose keys are merged into the top level of the body (of the query for GET and DELETE). */
  spread?: keyof S & string;
  /** The response key to unwrap, e.g. 'connection'. */
  result?: string;
  /** True where Make reaches third parties or runs user logic (running a scenario, testing a connection). */
  openWorld?: boolean;
  /** Make's own confirmation flag (e.g. `confirmed`), an ordinary input that is never sent implicitly. */
  makeConfirmFlag?: keyof S & string;
  /**
   * What to tell the model when Make may have acted but its answer never came (it stopped waiting for a run, the
   * connection broke): how to find out what happened. `{name}` is replaced by that argument's value.
   */
  ifUnknown?: string;
  /**
   * An input that, when true, makes Make hold its answer until the work is done (a responsive run), for at most
   * about `seconds`; meanwhile a client that asked for progress is told `status` and the time waited.
   */
  holds?: { input: keyof S & string; seconds: number; status: string };
  /** Words for the numeric `status` Make answers with (`{ 1: 'success' }`), told beside the answer. */
  statuses?: Readonly<Record<string, string>>;
  /** A valid input, used by the docs and the contract tests. */
  example: z.input<z.ZodObject<S>>;
}

/**
 * A declaration without its input, example and source (which only the docs and tests read): plain data, all that
 * selecting, listing (from the build's schema cache) and sending need. The build writes it for every declaration
 * (src/declarations/build-cache.ts), so a server can start without tools/.
 */
export type EndpointData = Omit<Endpoint, 'input' | 'example' | 'source'>;

/** Declarations by toolset, whole or as data. */
export type Toolsets<E extends EndpointData = EndpointData> = Record<string, readonly E[]>;

/** What a toolset's file says of it beside its endpoints. */
export interface ToolsetAbout {
  /** What the toolset is for, in a sentence (docs/tools.md; searched). */
  description: string;
  /** Words people use for the toolset's resource that its tools' own texts may not hold: searched, never listed. */
  searchWords: string;
}

/** What a server starts from: tools/index.ts's exports, whole, or as data (without the inputs) from the build's cache. */
export interface Declarations<E extends EndpointData = EndpointData> {
  toolsets: Toolsets<E>;
  /** By toolset, as its file declares it. */
  about: Readonly<Record<string, ToolsetAbout>>;
  /** The tools listed when MAKE_TOOLSETS is not set. */
  defaultTools: readonly string[];
}

/** A declaration as tools/ writes it: the input may be a function, so its zod schemas are built only when used. */
export type Declaration<S extends z.ZodRawShape> = Omit<Endpoint<S>, 'input'> & { input: S | (() => S) };

/**
 * Checks a declaration against its own input shape, then erases the shape for the catalogue. An input given as a
 * function is built on first use: a server listing hundreds of tools from the build's schema cache never builds
 * the zod schemas of tools nobody calls.
 */
export function endpoint<S extends z.ZodRawShape>(declaration: Declaration<S>): Endpoint {
  const { input } = declaration;
  if (typeof input !== 'function') return declaration as unknown as Endpoint;
  let built: S | undefined;
  return Object.defineProperty({ ...declaration }, 'input', {
    get: () => (built ??= input()),
    enumerable: true,
  }) as unknown as Endpoint;
}

export function methodOf(route: Route): Method {
  return route.slice(0, route.indexOf(' ')) as Method;
}

export function pathOf(route: Route): string {
  return route.slice(route.indexOf(' ') + 1);
}

export function placeholdersOf(route: Route): string[] {
  return [...pathOf(route).matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}
