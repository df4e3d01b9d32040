// The pipeline every call of a declared tool runs through, and one request of an endpoint through the client.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { placeholdersOf, type EndpointData } from '../endpoint.js';
import type { Failure, MakeClient } from '../http/client.js';
import { buildRequest, type MakeRequest } from '../http/request.js';
import { describeFailure } from '../errors.js';
import { shapeResult } from '../output.js';
import type { Progress } from '../progress.js';
import { parseArguments } from './arguments.js';
import { takesConfirm, type Tool } from './define.js';
import { errorResult, guarded } from './result.js';
import { byName, stateConflictAnswer, type HowToCall } from './state-conflicts.js';

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

/** The pipeline: validate → defaults → confirm gate → read-only gate → ask the human → request → client → result. */
export function callTool(tool: Tool, rawArgs: unknown, ctx: CallContext): Promise<CallToolResult> {
  return guarded(tool.endpoint.name, ctx.secret, () => runPipeline(tool, rawArgs, ctx));
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
  if (takesConfirm(endpoint) && confirm !== true) {
    return errorResult(
      `Not executed: would ${summary}${request.body ? ` with body ${JSON.stringify(request.body)}` : ''} (${endpoint.title}). ` +
        `${targets.length ? `It acts on ${targets.join(', ')}. ` : ''}This cannot be undone. Ask the user, then call again with confirm: true.`,
    );
  }
  if (ctx.readOnly && endpoint.effect !== 'read')
    return errorResult(describeFailure({ kind: 'read-only' }, { request: summary }));
  if (takesConfirm(endpoint) && ctx.askHuman && !(await ctx.askHuman(`Allow ${endpoint.title}: ${summary}?`))) {
    return errorResult(`Not executed: the user declined ${summary}.`);
  }

  const sending = send({ endpoint, request, args, listTool: tool.listTool }, ctx);
  const held = endpoint.holds && args[endpoint.holds.input] === true ? endpoint.holds : undefined;
  const sent =
    held && ctx.progress
      ? await ctx.progress.during(sending, filled(held.status, args), held.seconds * 1000)
      : await sending;
  if (!sent.ok) return sent.error;
  if (endpoint.effect !== 'read') await ctx.changed?.(endpoint.name);
  return shapeResult(sent.data, endpoint.result, {
    pageable: 'offset' in endpoint.input,
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
export interface Outgoing {
  endpoint: EndpointData;
  request: MakeRequest;
  /** The arguments the request was built from: the path id and the texts' placeholders come from them. */
  args: Record<string, unknown>;
  /** The tool that lists valid ids, named when Make does not find one. */
  listTool?: string;
}

export async function send(
  { endpoint, request, args, listTool }: Outgoing,
  ctx: Pick<CallContext, 'client' | 'signal' | 'howToCall'>,
): Promise<{ ok: true; data: unknown } | { ok: false; failure: Failure; error: CallToolResult }> {
  const outcome = await ctx.client.send(request, {
    scope: endpoint.scope,
    signal: ctx.signal,
    read: endpoint.effect === 'read',
  });
  if (outcome.ok) return { ok: true, data: outcome.data };
  if (outcome.failure.kind === 'http') {
    const id = String(args[placeholdersOf(endpoint.route)[0]] ?? '');
    const conflict = stateConflictAnswer({
      route: endpoint.route,
      status: outcome.failure.status,
      body: outcome.failure.body,
      id,
      how: ctx.howToCall ?? byName,
    });
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

/** What a path placeholder names, in words: scenarioId → scenario, dataStoreId → data store, appName → app name. */
function kindOf(placeholder: string): string {
  return placeholder
    .replace(/I[dD]$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
