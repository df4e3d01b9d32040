// From declarations to tools: which tools a configuration lists, everything derived from a declaration
// (annotations, the confirm argument, defaults), and the pipeline every call runs through.
import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { CallToolResult, Tool as ListedTool, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { methodOf, placeholdersOf, type Endpoint, type EndpointData, type Toolsets } from './endpoint.js';
import type { Config } from './config.js';
import type { Failure, MakeClient } from './http/client.js';
import { buildRequest, type MakeRequest } from './http/request.js';
import { describeFailure } from './errors.js';
import { argumentProblem } from './input-bounds.js';
import { shapeResult } from './output.js';
import type { Progress } from './progress.js';
import { byName, stateConflictAnswer, type HowToCall } from './state-conflicts.js';

export interface Tool {
  endpoint: Endpoint;
  /** The input as the model sees it: the declaration's, plus `confirm` and configured defaults. */
  shape: z.ZodRawShape;
  schema: z.ZodObject<z.ZodRawShape, 'strict'>;
  /** Configured values for inputs the model may leave out (teamId, organizationId). */
  defaults: Record<string, unknown>;
  annotations: ToolAnnotations;
  /** The tool that lists valid ids of this resource, named in 404 messages. */
  listTool?: string;
}

export interface Defaults {
  teamId?: number;
  organizationId?: number;
}

export interface CallContext {
  client: MakeClient;
  readOnly: boolean;
  /** The token (and any other secret, e.g. the HTTP bearer token): each is scrubbed from results, see redact(). */
  secret: string | readonly string[];
  signal?: AbortSignal;
  /** Present when the client asked to be told how a long wait goes (it sent a progress token). */
  progress?: Progress;
  /** Asks the human (MCP elicitation); resolves true only when they agree. Absent when unsupported. */
  askHuman?: (message: string) => Promise<boolean>;
  /** Told (and awaited) after a tool changed something in Make, so what depends on it (the scenario tools) is read again. */
  changed?: (toolName: string) => Promise<void>;
  /** How the model calls a tool in this configuration (listed, or through a catalogue caller); default: by name. */
  howToCall?: HowToCall;
}

export function resourceOf(name: string): string {
  return name.slice(0, name.indexOf('_'));
}

export function allEndpoints<E extends EndpointData>(toolsets: Toolsets<E>): E[] {
  return Object.values(toolsets).flat();
}

/** Whether a configuration has the catalogue tools: by default, and where `default` is one of the toolsets. */
export function withCatalogue(toolsets: Config['toolsets']): boolean {
  return toolsets === 'default' || (Array.isArray(toolsets) && toolsets.includes('default'));
}

/**
 * The endpoints a configuration lists, how many more the token's scopes hid, and the catalogue: every endpoint the
 * configuration allows, reachable through search. With the catalogue tools, `defaultTools` are listed beside any
 * toolsets named, and the catalogue holds every toolset; otherwise the catalogue is what is listed.
 */
export function selectEndpoints<E extends EndpointData>(
  toolsets: Toolsets<E>,
  config: Pick<Config, 'toolsets' | 'tools' | 'readOnly'>,
  allows: (scope: string | null) => boolean,
  // Stryker disable next-line ArrayDeclaration: a default holding one made-up name selects no tool, just like the empty default
  defaultTools: readonly string[] = [],
): { selected: E[]; hiddenByScope: E[]; catalogue: E[] } {
  const catalogued = withCatalogue(config.toolsets);
  const wanted = new Set([...config.tools, ...(catalogued ? defaultTools : [])]);
  const permitted = (e: E) => !switchedOff(e, config, allows);
  const chosen = Object.entries(toolsets)
    .flatMap(([name, endpoints]) =>
      config.toolsets === 'all' || (Array.isArray(config.toolsets) && config.toolsets.includes(name))
        ? endpoints
        : endpoints.filter((e) => wanted.has(e.name)),
    )
    .filter((e) => !config.readOnly || e.effect === 'read');
  const selected = chosen.filter(permitted);
  return {
    selected,
    hiddenByScope: chosen.filter((e) => !allows(e.scope)),
    catalogue: catalogued ? allEndpoints(toolsets).filter(permitted) : selected,
  };
}

/** Why the configuration leaves a tool out whatever the toolsets: read-only mode, or a scope the token lacks. */
export function switchedOff(
  e: EndpointData,
  config: Pick<Config, 'readOnly'>,
  allows: (scope: string | null) => boolean,
): { by: 'read-only' } | { by: 'scope'; scope: string } | undefined {
  if (config.readOnly && e.effect !== 'read') return { by: 'read-only' };
  if (!allows(e.scope)) return { by: 'scope', scope: e.scope! };
  return undefined;
}

const CONFIRM_DESCRIPTION = 'true once the user agreed; else only a preview.';

export function defineTool(endpoint: Endpoint, defaults: Defaults, catalogueNames: ReadonlySet<string>): Tool {
  const shape: z.ZodRawShape = { ...endpoint.input };
  // Only where Make requires the input: an optional teamId/organizationId is often one of a pair of which Make
  // wants exactly one, and filling both would be refused.
  const applicable = Object.entries(defaults).filter(
    ([key, value]) => key in shape && !shape[key].isOptional() && value !== undefined,
  );
  for (const [key, value] of applicable) {
    shape[key] = shape[key].optional().describe(`${shape[key].description ?? ''} Defaults to ${value}.`.trim());
  }
  if (endpoint.effect === 'destructive') shape.confirm = z.boolean().optional().describe(CONFIRM_DESCRIPTION);
  const listTool = `${resourceOf(endpoint.name)}_list`;
  return {
    endpoint,
    shape,
    schema: z.object(shape).strict(),
    defaults: Object.fromEntries(applicable),
    annotations: { title: endpoint.title, ...hintsOf(endpoint) },
    listTool: catalogueNames.has(listTool) && listTool !== endpoint.name ? listTool : undefined,
  };
}

/** All four MCP hints, explicit, from the effect, the method and openWorld. */
function hintsOf(endpoint: EndpointData) {
  return {
    readOnlyHint: endpoint.effect === 'read',
    destructiveHint: endpoint.effect === 'destructive',
    idempotentHint: endpoint.effect === 'read' || ['GET', 'PUT', 'DELETE'].includes(methodOf(endpoint.route)),
    openWorldHint: endpoint.openWorld === true,
  };
}

type Hints = Required<Pick<ToolAnnotations, 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint'>>;

/**
 * The hints as listed: readOnlyHint, destructiveHint and openWorldHint always explicit (app directories require the
 * three), idempotentHint only where MCP gives it meaning and it differs from its default: on a write, when true.
 */
export function listedHints(hints: Hints): ToolAnnotations {
  const { readOnlyHint, destructiveHint, idempotentHint, openWorldHint } = hints;
  return {
    readOnlyHint,
    destructiveHint,
    ...(!readOnlyHint && idempotentHint ? { idempotentHint } : {}),
    openWorldHint,
  };
}

/**
 * The tool as tools/list shows it, kept lean for the model's context: the input's JSON Schema without `$schema`,
 * with every field inline and without what only validation needs, and no title repeated inside the annotations.
 */
export function listingOf(tool: Tool): ListedTool {
  const { name, title, description } = tool.endpoint;
  const inputSchema = listedInputSchema(tool.schema);
  return { name, title, description, inputSchema, annotations: listedHints(hintsOf(tool.endpoint)) };
}

type JsonObjectSchema = { properties: Record<string, { description?: string }>; required?: string[] };

/** An endpoint's own input as JSON Schema, before defaults and confirm: what the build's schema cache holds. */
export function rawInputSchema(endpoint: Endpoint): ListedTool['inputSchema'] {
  return listedInputSchema(z.object(endpoint.input).strict());
}

/**
 * The same listing as listingOf(defineTool(…)), from the endpoint's raw input schema converted ahead of time: the
 * defaults and confirm applied to the JSON as defineTool applies them to the zod shape, without building any zod.
 * A test holds the two equal for every endpoint.
 */
export function listingFromRaw(endpoint: EndpointData, defaults: Defaults, raw: ListedTool['inputSchema']): ListedTool {
  // Copied only where changed (a deep copy of every schema is a good part of a start's listing): the cache is shared.
  const cached = raw as unknown as JsonObjectSchema;
  const schema: JsonObjectSchema = { ...cached, properties: { ...cached.properties } };
  for (const [key, value] of Object.entries(defaults)) {
    if (value === undefined || !schema.required?.includes(key)) continue;
    schema.required = schema.required.filter((k) => k !== key);
    const property = schema.properties[key];
    schema.properties[key] = { ...property, description: `${property.description ?? ''} Defaults to ${value}.`.trim() };
  }
  if (schema.required?.length === 0) delete schema.required;
  if (endpoint.effect === 'destructive')
    schema.properties.confirm = { type: 'boolean', description: CONFIRM_DESCRIPTION } as { description: string };
  const { name, title, description } = endpoint;
  return {
    name,
    title,
    description,
    inputSchema: schema as unknown as ListedTool['inputSchema'],
    annotations: listedHints(hintsOf(endpoint)),
  };
}

export function inputJsonSchema(schema: z.ZodTypeAny): ListedTool['inputSchema'] {
  const { $schema: _, ...json } = zodToJsonSchema(schema, { $refStrategy: 'none', strictUnions: true }) as Record<
    string,
    unknown
  >;
  return json as ListedTool['inputSchema'];
}

/**
 * Checks validation makes anyway, refusing with the field's name, that tell a model little for the bytes they cost
 * in every listing: no unknown keys, lower bounds (ids are positive, names not empty) and patterns.
 */
const CHECKED_NOT_LISTED = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'pattern']);
/** Where JSON Schema nests schemas: one, a list of them, or a map of them. */
const ONE = ['items', 'additionalProperties', 'not'];
const MANY = ['anyOf', 'oneOf', 'allOf', 'items'];
const BY_NAME = ['properties', 'patternProperties'];

/** A catalogued tool's input as listed: its JSON Schema without what only validation needs. */
export function listedInputSchema(schema: z.ZodTypeAny): ListedTool['inputSchema'] {
  return withoutChecks(inputJsonSchema(schema)) as ListedTool['inputSchema'];
}

/** JSON Schema's own defaults spelled out: any further property, any item. */
function saysNothing(key: string, value: unknown): boolean {
  const anything = value === true || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  return (key === 'additionalProperties' || key === 'items') && anything;
}

function withoutChecks(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const lean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    const unknownKeysRefused = key === 'additionalProperties' && value === false;
    if (CHECKED_NOT_LISTED.has(key) || unknownKeysRefused || saysNothing(key, value)) continue;
    if (MANY.includes(key) && Array.isArray(value)) lean[key] = value.map(withoutChecks);
    else if (ONE.includes(key)) lean[key] = withoutChecks(value);
    else if (BY_NAME.includes(key) && value && typeof value === 'object') {
      lean[key] = Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, withoutChecks(inner)]));
    } else lean[key] = value;
  }
  return lean;
}

/** The pipeline: validate → defaults → confirm gate → read-only gate → ask the human → request → client → result. */
export function callTool(tool: Tool, rawArgs: unknown, ctx: CallContext): Promise<CallToolResult> {
  return guarded(tool.endpoint.name, ctx.secret, () => runPipeline(tool, rawArgs, ctx));
}

/** Any tool's last line of defence: a bug becomes an error result, and the token never leaves in a result. */
export async function guarded(
  toolName: string,
  secret: string | readonly string[],
  run: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  const result = await run().catch((err: unknown) =>
    errorResult(`Internal error in ${toolName}: ${err instanceof Error ? err.message : String(err)}`),
  );
  return redact(result, secret);
}

async function runPipeline(tool: Tool, rawArgs: unknown, ctx: CallContext): Promise<CallToolResult> {
  const parsed = parseArguments(tool.schema, rawArgs, tool.endpoint.name);
  if (!parsed.ok) return parsed.error;
  const { confirm, ...given } = parsed.data;
  const args: Record<string, unknown> = { ...tool.defaults, ...given }; // defaults first in the query
  for (const [key, value] of Object.entries(tool.defaults)) args[key] ??= value;

  const { endpoint } = tool;
  const request = buildRequest(endpoint, args);
  const summary = `${request.method} ${request.path}`;
  const targets = placeholdersOf(endpoint.route).map((name) => `${kindOf(name)} ${String(args[name])}`);
  if (endpoint.effect === 'destructive' && confirm !== true) {
    return errorResult(
      `Not executed: would ${summary}${request.body ? ` with body ${JSON.stringify(request.body)}` : ''} (${endpoint.title}). ` +
        `${targets.length ? `It acts on ${targets.join(', ')}. ` : ''}This cannot be undone. Ask the user, then call again with confirm: true.`,
    );
  }
  if (ctx.readOnly && endpoint.effect !== 'read')
    return errorResult(describeFailure({ kind: 'read-only' }, { request: summary }));
  if (
    endpoint.effect === 'destructive' &&
    ctx.askHuman &&
    !(await ctx.askHuman(`Allow ${endpoint.title}: ${summary}?`))
  ) {
    return errorResult(`Not executed: the user declined ${summary}.`);
  }

  const sending = send(endpoint, request, args, ctx, tool.listTool);
  const held = endpoint.holds && args[endpoint.holds.input] === true ? endpoint.holds : undefined;
  const sent =
    held && ctx.progress
      ? await ctx.progress.during(sending, filled(held.status, args), held.seconds * 1000)
      : await sending;
  if (!sent.ok) return sent.error;
  if (endpoint.effect !== 'read') await ctx.changed?.(endpoint.name);
  return shapeResult(sent.data, endpoint.result, undefined, 'offset' in endpoint.input, {
    takesCols: 'cols' in endpoint.input,
    asked: targets.length ? `${endpoint.title} (${targets.join(', ')})` : endpoint.title,
    statuses: endpoint.statuses,
  });
}

/** A declaration's text with each `{name}` replaced by that argument's value. */
function filled(template: string, args: Record<string, unknown>): string {
  const value = (name: string) => (args[name] === undefined ? `<${name}>` : JSON.stringify(args[name]));
  return template.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
}

/**
 * One request of an endpoint through the client; a failure comes back as the answer the model gets: an error, except
 * where Make said the resource already was in the state asked for (then a success saying so; see state-conflicts.ts).
 */
export async function send(
  endpoint: EndpointData,
  request: MakeRequest,
  args: Record<string, unknown>,
  ctx: Pick<CallContext, 'client' | 'signal' | 'howToCall'>,
  listTool?: string,
): Promise<{ ok: true; data: unknown } | { ok: false; failure: Failure; error: CallToolResult }> {
  const outcome = await ctx.client.send(request, {
    scope: endpoint.scope,
    signal: ctx.signal,
    read: endpoint.effect === 'read',
  });
  if (outcome.ok) return { ok: true, data: outcome.data };
  if (outcome.failure.kind === 'http') {
    const id = String(args[placeholdersOf(endpoint.route)[0]] ?? '');
    const conflict = stateConflictAnswer(
      endpoint.route,
      outcome.failure.status,
      outcome.failure.body,
      id,
      ctx.howToCall ?? byName,
    );
    if (conflict) return { ok: false, failure: outcome.failure, error: conflict };
  }
  const text = describeFailure(outcome.failure, {
    request: `${request.method} ${request.path}`,
    listTool,
    makeConfirmFlag: endpoint.makeConfirmFlag,
    scope: endpoint.scope,
    ifUnknown: endpoint.ifUnknown && filled(endpoint.ifUnknown, args),
  });
  return { ok: false, failure: outcome.failure, error: errorResult(text) };
}

/** A tool's arguments by its schema and the bounds every input keeps (input-bounds.ts); an error result names the field. */
export function parseArguments(
  schema: z.ZodTypeAny,
  rawArgs: unknown,
  toolName: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; error: CallToolResult } {
  const parsed = schema.safeParse(rawArgs ?? {});
  const problem = parsed.success ? argumentProblem(parsed.data as Record<string, unknown>) : formatIssues(parsed.error);
  if (problem !== undefined)
    return { ok: false, error: errorResult(`Invalid arguments for ${toolName}, nothing was sent:\n${problem}`) };
  return { ok: true, data: parsed.data as Record<string, unknown> };
}

/** What a path placeholder names, in words: scenarioId → scenario, dataStoreId → data store, appName → app name. */
function kindOf(placeholder: string): string {
  return placeholder
    .replace(/I[dD]$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** One line per problem, naming the field and what was expected. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : '(arguments)';
      if (issue.code === 'unrecognized_keys') {
        // a schema may name what it takes instead of zod's own words
        const known = issue.message.startsWith('Unrecognized key') ? '' : ` (${issue.message})`;
        return `${field}: unknown field(s) ${issue.keys.join(', ')}${known}`;
      }
      if (issue.code === 'invalid_type') {
        return issue.received === 'undefined'
          ? `${field}: required (${issue.expected})`
          : `${field}: expected ${issue.expected}, got ${issue.received}`;
      }
      return `${field}: ${issue.message}`;
    })
    .join('\n');
}

export function errorResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}

/**
 * No secret may leave the process, even if Make (or a proxy) echoed it: in any letter case, and in base64 or
 * base64url at any of the three byte alignments (an echoed Basic header, a token inside an encoded blob).
 */
function redact(result: CallToolResult, secret: string | readonly string[]): CallToolResult {
  const secrets = (typeof secret === 'string' ? [secret] : secret).filter((s) => s.length >= 4); // shorter would match everywhere
  if (!secrets.length) return result;
  const text = JSON.stringify(result);
  const anyCase = new RegExp(secrets.map((s) => escapeRegExp(JSON.stringify(s).slice(1, -1))).join('|'), 'gi');
  const encoded = secrets.flatMap(base64Forms).filter((form) => form.length >= 8);
  const exact = encoded.length ? new RegExp(encoded.map(escapeRegExp).join('|'), 'g') : undefined;
  const scrubbed = text.replace(anyCase, '[redacted]');
  const scrubbedAll = exact ? scrubbed.replace(exact, '[redacted]') : scrubbed;
  if (scrubbedAll === text) return result;
  try {
    return JSON.parse(scrubbedAll) as CallToolResult;
  } catch {
    return errorResult('The result was withheld: it held a secret in a form that could not be cut out cleanly.');
  }
}

/** The characters of `secret`'s base64 and base64url encodings that depend on it alone, at each byte alignment. */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [0, 1, 2].flatMap((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    return [core, core.replace(/\+/g, '-').replace(/\//g, '_')];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
