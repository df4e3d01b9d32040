// From declarations to tools: which tools a configuration lists, everything derived from a declaration
// (annotations, the confirm argument, defaults), and the pipeline every call runs through.
import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { CallToolResult, Tool as ListedTool, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { methodOf, type Endpoint, type EndpointData, type Toolsets } from './endpoint.js';
import type { Config } from './config.js';
import type { Failure, MakeClient } from './http/client.js';
import { buildRequest, type MakeRequest } from './http/request.js';
import { describeFailure } from './errors.js';
import { shapeResult } from './output.js';

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
  /** Everything matching the token is scrubbed from results. */
  secret: string;
  signal?: AbortSignal;
  /** Asks the human (MCP elicitation); resolves true only when they agree. Absent when unsupported. */
  askHuman?: (message: string) => Promise<boolean>;
  /** Told (and awaited) after a tool changed something in Make, so what depends on it (the scenario tools) is read again. */
  changed?: (toolName: string) => Promise<void>;
}

export function resourceOf(name: string): string {
  return name.slice(0, name.indexOf('_'));
}

export function allEndpoints<E extends EndpointData>(toolsets: Toolsets<E>): E[] {
  return Object.values(toolsets).flat();
}

/**
 * The endpoints a configuration lists, how many more the token's scopes hid, and the catalogue: every endpoint the
 * configuration allows, reachable through search. In the default configuration only `defaultTools` are listed and
 * the catalogue holds every toolset; otherwise the catalogue is what is listed.
 */
export function selectEndpoints<E extends EndpointData>(
  toolsets: Toolsets<E>,
  config: Pick<Config, 'toolsets' | 'tools' | 'readOnly'>,
  allows: (scope: string | null) => boolean,
  // Stryker disable next-line ArrayDeclaration: a default holding one made-up name selects no tool, just like the empty default
  defaultTools: readonly string[] = [],
): { selected: E[]; hiddenByScope: E[]; catalogue: E[] } {
  const wanted = new Set([...config.tools, ...(config.toolsets === 'default' ? defaultTools : [])]);
  const permitted = (e: E) => (!config.readOnly || e.effect === 'read') && allows(e.scope);
  const chosen = Object.entries(toolsets)
    .flatMap(([name, endpoints]) =>
      config.toolsets === 'all' || (Array.isArray(config.toolsets) && config.toolsets.includes(name)) ? endpoints : endpoints.filter((e) => wanted.has(e.name)),
    )
    .filter((e) => !config.readOnly || e.effect === 'read');
  const selected = chosen.filter(permitted);
  return {
    selected,
    hiddenByScope: chosen.filter((e) => !allows(e.scope)),
    catalogue: config.toolsets === 'default' ? allEndpoints(toolsets).filter(permitted) : selected,
  };
}

const CONFIRM_DESCRIPTION = 'true to act, after the user agreed (cannot be undone); else only a preview.';

export function defineTool(endpoint: Endpoint, defaults: Defaults, catalogueNames: ReadonlySet<string>): Tool {
  const shape: z.ZodRawShape = { ...endpoint.input };
  // Only where Make requires the input: an optional teamId/organizationId is often one of a pair of which Make
  // wants exactly one, and filling both would be refused.
  const applicable = Object.entries(defaults).filter(([key, value]) => key in shape && !shape[key].isOptional() && value !== undefined);
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
    idempotentHint: ['GET', 'PUT', 'DELETE'].includes(methodOf(endpoint.route)),
    openWorldHint: endpoint.openWorld === true,
  };
}

/**
 * The tool as tools/list shows it, kept lean for the model's context: the input's JSON Schema without `$schema`
 * and with every field inline, and no title repeated inside the annotations.
 */
export function listingOf(tool: Tool): ListedTool {
  const { name, title, description } = tool.endpoint;
  return { name, title, description, inputSchema: inputJsonSchema(tool.schema), annotations: hintsOf(tool.endpoint) };
}

type JsonObjectSchema = { properties: Record<string, { description?: string }>; required?: string[] };

/** An endpoint's own input as JSON Schema, before defaults and confirm: what the build's schema cache holds. */
export function rawInputSchema(endpoint: Endpoint): ListedTool['inputSchema'] {
  return inputJsonSchema(z.object(endpoint.input).strict());
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
  if (endpoint.effect === 'destructive') schema.properties.confirm = { type: 'boolean', description: CONFIRM_DESCRIPTION } as { description: string };
  const { name, title, description } = endpoint;
  return { name, title, description, inputSchema: schema as unknown as ListedTool['inputSchema'], annotations: hintsOf(endpoint) };
}

export function inputJsonSchema(schema: z.ZodTypeAny): ListedTool['inputSchema'] {
  const { $schema: _, ...json } = zodToJsonSchema(schema, { $refStrategy: 'none', strictUnions: true }) as Record<string, unknown>;
  return json as ListedTool['inputSchema'];
}

/** The pipeline: validate → defaults → confirm gate → read-only gate → ask the human → request → client → result. */
export function callTool(tool: Tool, rawArgs: unknown, ctx: CallContext): Promise<CallToolResult> {
  return guarded(tool.endpoint.name, ctx.secret, () => runPipeline(tool, rawArgs, ctx));
}

/** Any tool's last line of defence: a bug becomes an error result, and the token never leaves in a result. */
export async function guarded(toolName: string, secret: string, run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  const result = await run().catch((err: unknown) => errorResult(`Internal error in ${toolName}: ${err instanceof Error ? err.message : String(err)}`));
  return redact(result, secret);
}

async function runPipeline(tool: Tool, rawArgs: unknown, ctx: CallContext): Promise<CallToolResult> {
  const parsed = tool.schema.safeParse(rawArgs ?? {});
  if (!parsed.success) return errorResult(`Invalid arguments for ${tool.endpoint.name}, nothing was sent:\n${formatIssues(parsed.error)}`);
  const { confirm, ...given } = parsed.data as Record<string, unknown>;
  const args: Record<string, unknown> = { ...tool.defaults, ...given }; // defaults first in the query
  for (const [key, value] of Object.entries(tool.defaults)) args[key] ??= value;

  const { endpoint } = tool;
  const request = buildRequest(endpoint, args);
  const summary = `${request.method} ${request.path}`;
  if (endpoint.effect === 'destructive' && confirm !== true) {
    return errorResult(
      `Not executed: would ${summary}${request.body ? ` with body ${JSON.stringify(request.body)}` : ''} (${endpoint.title}). ` +
        `This cannot be undone. Ask the user, then call again with confirm: true.`,
    );
  }
  if (ctx.readOnly && endpoint.effect !== 'read') return errorResult(describeFailure({ kind: 'read-only' }, { request: summary }));
  if (endpoint.effect === 'destructive' && ctx.askHuman && !(await ctx.askHuman(`Allow ${endpoint.title}: ${summary}?`))) {
    return errorResult(`Not executed: the user declined ${summary}.`);
  }

  const sent = await send(endpoint, request, args, ctx, tool.listTool);
  if (!sent.ok) return sent.error;
  if (endpoint.effect !== 'read') await ctx.changed?.(endpoint.name);
  return shapeResult(sent.data, endpoint.result, undefined, 'offset' in endpoint.input);
}

/** One request of an endpoint through the client; a failure comes back as the message the model gets. */
export async function send(
  endpoint: EndpointData,
  request: MakeRequest,
  args: Record<string, unknown>,
  ctx: Pick<CallContext, 'client' | 'signal'>,
  listTool?: string,
): Promise<{ ok: true; data: unknown } | { ok: false; failure: Failure; error: CallToolResult }> {
  const outcome = await ctx.client.send(request, { scope: endpoint.scope, signal: ctx.signal });
  if (outcome.ok) return { ok: true, data: outcome.data };
  const text = describeFailure(outcome.failure, {
    request: `${request.method} ${request.path}`,
    listTool,
    makeConfirmFlag: endpoint.makeConfirmFlag,
    scope: endpoint.scope,
    ifUnknown: endpoint.ifUnknown?.replace(/\{(\w+)\}/g, (_, name: string) => (args[name] === undefined ? `<${name}>` : JSON.stringify(args[name]))),
  });
  return { ok: false, failure: outcome.failure, error: errorResult(text) };
}

/** One line per problem, naming the field and what was expected. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : '(arguments)';
      if (issue.code === 'unrecognized_keys') return `${field}: unknown field(s) ${issue.keys.join(', ')}`;
      if (issue.code === 'invalid_type') {
        return issue.received === 'undefined' ? `${field}: required (${issue.expected})` : `${field}: expected ${issue.expected}, got ${issue.received}`;
      }
      return `${field}: ${issue.message}`;
    })
    .join('\n');
}

export function errorResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}

/** The token must never leave the process, even if Make echoed it. */
function redact(result: CallToolResult, secret: string): CallToolResult {
  if (secret.length < 4) return result;
  const text = JSON.stringify(result);
  const inJson = JSON.stringify(secret).slice(1, -1);
  return text.includes(inJson) ? (JSON.parse(text.split(inJson).join('[redacted]')) as CallToolResult) : result;
}
