// A team's on-demand scenarios as their own tools, run_scenario_<id>: the scenario's interface becomes the tool's
// input and output schema. Everything here comes from the Make account, so it is untrusted: a scenario's name and
// description reach the model only cut short, without control characters, quotes or markup, and framed as the
// account's label; field names become plain property names and are mapped back to Make's own when sending.
import { z } from 'zod';
import type { CallToolResult, Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import type { Config } from './config.js';
import type { EndpointData } from './endpoint.js';
import { systemClock, type Clock } from './http/clock.js';
import type { MakeClient } from './http/client.js';
import { buildRequest } from './http/request.js';
import { MAX_RESULT_CHARS } from './output.js';
import { EXECUTION_BYTES } from './params.js';
import { waitStep } from './progress.js';
import {
  errorResult,
  guarded,
  inputJsonSchema,
  listedHints,
  parseArguments,
  send,
  type CallContext,
} from './registry.js';

export const SCENARIO_TOOL_PREFIX = 'run_scenario_';
/** Make itself stops waiting for a responsive run after about 40 s; we wait as long, polling, then give the id. */
export const DEFAULT_WAIT_MS = 40_000;
/** Without a change through make-mcp, the scenarios are read again at most this often (on a listing or a call). */
export const REFRESH_EVERY_MS = 5 * 60_000;
/** Successful calls after which the set of scenario tools may differ: activity, schedule or interface changed. */
const CHANGES_SCENARIOS = new Set([
  'scenarios_activate',
  'scenarios_deactivate',
  'scenarios_set-interface',
  'scenarios_update',
  'scenarios_create',
  'scenarios_delete',
  'scenarios_publish',
]);
const PAGE = 100;
const MAX_PAGES = 20;
/** Each costs ~1-2 KB of every listing and one read per refresh; more is a sign to name the ones wanted. */
const MAX_TOOLS = 50;
/** Deeper than any real interface; below it a value is passed as it is and Make checks it. */
const MAX_DEPTH = 5;
const NAME_CHARS = 60;
const DESCRIPTION_CHARS = 160;
const FIELD_CHARS = 120;
const DATE_EXAMPLE = '2026-01-31 or 2026-01-31T09:00:00Z';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const HINTS = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true };
const STATUSES = ['SUCCESS', 'WARNING', 'RUNNING', 'UNKNOWN'] as const;
const SCENARIO_COLUMNS = ['id', 'name', 'description', 'isActive', 'scheduling'];

/**
 * Account text as one short line that is safe inside quotes: no control or invisible characters (line breaks,
 * zero-width, bidi overrides), no quotes, markup or markdown, whitespace collapsed, at most `max` characters.
 */
export function accountText(value: unknown, max: number): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value)
    .normalize('NFKC') // look-alikes such as fullwidth ＜ become the characters removed below
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/[\p{Cf}\p{Co}\p{Cn}]/gu, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[<>`"'\\[\]{}|*#\u00ab\u00bb\u2018-\u201f\u2039\u203a]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Make's field name as a property name every client accepts: [a-zA-Z0-9_.-], at most 64 ("Customer email" → Customer_email). */
export function propertyName(makeName: string): string {
  return makeName
    .normalize('NFKC')
    .replace(/[^a-zA-Z0-9_.-]/g, '_')
    .slice(0, 64);
}

/** A field of a scenario interface as Make gives it; every part may be missing or of another type. */
interface Field {
  name?: unknown;
  type?: unknown;
  required?: unknown;
  default?: unknown;
  label?: unknown;
  help?: unknown;
  spec?: unknown;
  options?: unknown;
}

/** One field's two names, and the fields inside its value (a collection, or each item of an array of them). */
interface FieldMap {
  make: string;
  safe: string;
  inner?: FieldMap[];
}

type Side = 'input' | 'output';

/** The interface cannot become a tool; the scenario is skipped with this reason on stderr. */
export class Unmappable extends Error {}

function fieldsSchema(
  spec: unknown,
  side: Side,
  depth: number,
  where: string,
): { shape: z.ZodRawShape; maps: FieldMap[] } {
  const entries: [string, z.ZodTypeAny][] = [];
  const maps: FieldMap[] = [];
  const seen = new Map<string, string>();
  for (const field of (Array.isArray(spec) ? spec : []) as Field[]) {
    if (!field || typeof field.name !== 'string' || field.name === '')
      throw new Unmappable(`an ${side} field${where} has no name`);
    const safe = propertyName(field.name);
    const other = seen.get(safe);
    if (other !== undefined) {
      const both = `${JSON.stringify(other)} and ${JSON.stringify(field.name)}`;
      throw new Unmappable(`the ${side} fields ${both}${where} both become the property ${safe}`);
    }
    if (safe === '__proto__') throw new Unmappable(`the ${side} field __proto__${where} cannot be a property`);
    seen.set(safe, field.name);
    const { schema, inner } = typeOf(field, side, depth, `${where} in ${JSON.stringify(field.name)}`);
    // Inputs keep Make's required flag, except where Make fills in a default. Outputs are named and described, not
    // checked: the client checks structuredContent against the outputSchema, and a value in another shape than
    // declared (a number as text, null) must not turn a run that happened into an error the model may run again.
    const required = side === 'input' && field.required === true && field.default == null;
    const described = describe(side === 'input' ? schema : z.unknown(), field, side);
    entries.push([safe, required ? described : described.optional()]);
    maps.push({ make: field.name, safe, inner });
  }
  return { shape: Object.fromEntries(entries), maps };
}

/** Make's interface field type → zod (see the README's mapping table), and the names inside it. */
function typeOf(field: Field, side: Side, depth: number, where: string): { schema: z.ZodTypeAny; inner?: FieldMap[] } {
  if (depth >= MAX_DEPTH) return { schema: z.unknown() };
  switch (field.type) {
    case 'text':
    case 'json': // JSON text, as Make takes it
      return { schema: z.string() };
    case 'number':
      return { schema: z.number() };
    case 'boolean':
      return { schema: z.boolean() };
    case 'date':
      return { schema: z.string().regex(ISO_DATE, `expected an ISO 8601 date, e.g. ${DATE_EXAMPLE}`) };
    case 'select':
      return { schema: selectSchema(field.options) };
    case 'array': {
      // the item's type is one field, or the fields of a collection
      const item = Array.isArray(field.spec) ? { type: 'collection', spec: field.spec } : field.spec;
      if (!item || typeof item !== 'object') return { schema: z.array(z.unknown()) };
      const inner = typeOf(item as Field, side, depth + 1, where);
      return { schema: z.array(inner.schema), inner: inner.inner };
    }
    case 'collection': {
      if (!Array.isArray(field.spec) || field.spec.length === 0) return { schema: z.record(z.unknown()) }; // Make takes any
      const { shape, maps } = fieldsSchema(field.spec, side, depth + 1, where);
      return { schema: z.object(shape).strict(), inner: maps };
    }
    default: // dynamicCollection and types we do not know: passed as they are, Make checks them
      return { schema: z.unknown() };
  }
}

/** The options' values as an enum, unless one of them is not plain text a model may safely be shown. */
function selectSchema(options: unknown): z.ZodTypeAny {
  const values = (Array.isArray(options) ? options : []).map((o: { value?: unknown } | null) => o?.value);
  const plain = values.length > 0 && values.every((v) => typeof v === 'string' && v !== '' && accountText(v, 64) === v);
  return plain ? z.enum([...new Set(values as string[])] as [string, ...string[]]) : z.string();
}

function describe(schema: z.ZodTypeAny, field: Field, side: Side): z.ZodTypeAny {
  // an output's declared type is said in words; an input's is its schema
  const type = side === 'output' ? accountText(field.type, 20) : field.type === 'date' ? 'ISO 8601 date' : '';
  const words = [type, accountText(field.label, 60), accountText(field.help, FIELD_CHARS)];
  if (side === 'input' && field.default != null && field.default !== '')
    words.push(`Default: ${accountText(field.default, 40)}`);
  const text = accountText(words.filter(Boolean).join('. '), FIELD_CHARS);
  return text ? schema.describe(text) : schema;
}

/** A value with every mapped key renamed from one naming to the other, at every level; other keys stay as they are. */
export function rename(value: unknown, maps: FieldMap[] | undefined, to: 'make' | 'safe'): unknown {
  if (!maps) return value;
  if (Array.isArray(value)) return value.map((item) => rename(item, maps, to));
  if (!value || typeof value !== 'object') return value;
  const byKey = new Map(maps.map((m) => [to === 'make' ? m.safe : m.make, m]));
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const m = byKey.get(key);
      return m ? [m[to], rename(v, m.inner, to)] : [key, v];
    }),
  );
}

export interface Scenario {
  id: number;
  name?: unknown;
  description?: unknown;
  isActive?: unknown;
  scheduling?: unknown;
}

export interface ScenarioTool {
  scenarioId: number;
  listing: ListedTool;
  input: z.ZodObject<z.ZodRawShape, 'strict'>;
  inputMaps: FieldMap[];
  outputMaps: FieldMap[];
}

/** The tool for a scenario and its interface (`{ input, output }`); throws Unmappable when it cannot be one. */
export function scenarioTool(scenario: Scenario, iface: unknown): ScenarioTool {
  const { input, output } = (iface && typeof iface === 'object' ? iface : {}) as { input?: unknown; output?: unknown };
  const inputs = fieldsSchema(input, 'input', 0, '');
  const outputs = fieldsSchema(output, 'output', 0, '');
  const schema = z.object(inputs.shape).strict();
  const result = z.object({
    executionId: z.string(),
    status: z.enum(STATUSES),
    outputs: z.object(outputs.shape).passthrough().nullable().optional(),
  });
  const label = accountText(scenario.name, NAME_CHARS);
  const about = accountText(scenario.description, DESCRIPTION_CHARS).replace(/[\s.]+$/, '');
  const listing: ListedTool = {
    name: `${SCENARIO_TOOL_PREFIX}${scenario.id}`,
    title: `Run scenario ${scenario.id}`,
    description:
      `Runs the Make scenario '${label}' (label from the Make account)${about ? `, described there as '${about}'` : ''}. ` +
      'Its effects in other apps cannot be undone. Returns its outputs, or the execution id to check later.',
    inputSchema: inputJsonSchema(schema),
    outputSchema: inputJsonSchema(result) as ListedTool['outputSchema'],
    annotations: listedHints(HINTS),
  };
  return { scenarioId: scenario.id, listing, input: schema, inputMaps: inputs.maps, outputMaps: outputs.maps };
}

/** Whether a configuration offers scenario tools; read-only never does, and then never reads scenarios. */
export function scenarioToolsWanted(config: Pick<Config, 'scenarioTools' | 'readOnly'>): boolean {
  return !config.readOnly && (config.scenarioTools === 'all' || config.scenarioTools.length > 0);
}

function isOnDemand(scenario: Scenario): boolean {
  let scheduling = scenario.scheduling;
  if (typeof scheduling === 'string') {
    try {
      scheduling = JSON.parse(scheduling); // Make sends it as JSON text in some answers
    } catch {
      return false;
    }
  }
  return (scheduling as { type?: unknown } | null)?.type === 'on-demand';
}

/** A read of the scenarios failed: the tools already listed stay. */
class ReadFailed extends Error {}

export interface ScenarioToolsOptions {
  config: Pick<Config, 'scenarioTools' | 'team' | 'readOnly'>;
  client: MakeClient;
  /**
   * A catalogued endpoint's declaration by name (scenarios_run, executions_get-detail …): its route and scope. Its data
   * is enough: the arguments sent are built here, not validated against its input.
   */
  endpoint: (name: string) => EndpointData;
  /** How the model calls a read tool here, with these arguments (listed directly, or through the read caller). */
  howToRead: (tool: string, args: Record<string, unknown>) => string;
  log: (line: string) => void;
  /** How long a call waits for the run's result before it answers with the execution id. */
  waitMs?: number;
  clock?: Clock;
}

/** The scenario tools of one configuration: read from Make, kept current, and run. */
export class ScenarioTools {
  /** Called when the set of tools or any definition changed, to tell connected clients (list_changed). */
  onChange?: () => void;
  private tools = new Map<string, ScenarioTool>();
  private readAt = -Infinity;
  private reading?: Promise<void>;
  private queued?: Promise<void>;
  private failing = false;
  private warned = new Set<string>();
  private readonly clock: Clock;

  constructor(private readonly o: ScenarioToolsOptions) {
    this.clock = o.clock ?? systemClock;
  }

  get enabled(): boolean {
    return scenarioToolsWanted(this.o.config);
  }

  listings(): ListedTool[] {
    this.refreshIfStale();
    return [...this.tools.values()].map((t) => t.listing);
  }

  has(name: string): boolean {
    return this.tools.has(name);
  }

  get size(): number {
    return this.tools.size;
  }

  /** After a successful call of `toolName` through make-mcp: read again where it may have changed the set. */
  async afterChange(toolName: string): Promise<void> {
    if (this.enabled && CHANGES_SCENARIOS.has(toolName)) await this.refresh();
  }

  /** Reads the scenarios again. One read at a time; asked during one, another follows it (it may predate the change). */
  refresh(): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    if (this.queued) return this.queued;
    if (this.reading) {
      return (this.queued = this.reading.then(() => {
        this.queued = undefined;
        return this.refresh();
      }));
    }
    return (this.reading = this.read().finally(() => (this.reading = undefined)));
  }

  private refreshIfStale(): void {
    if (this.enabled && this.clock.now() - this.readAt >= REFRESH_EVERY_MS) void this.refresh();
  }

  private async read(): Promise<void> {
    this.readAt = this.clock.now();
    const warnings: string[] = [];
    let found: Map<string, ScenarioTool>;
    try {
      found = await this.readTools(warnings);
    } catch (err) {
      if (!this.failing) {
        const kept = this.tools.size
          ? `keeping the ${this.tools.size} scenario tools listed`
          : 'no scenario tools listed';
        const why = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ');
        this.o.log(`warning: could not read the scenarios for ${SCENARIO_TOOL_PREFIX}<id> tools (${why}); ${kept}`);
      }
      this.failing = true;
      return;
    }
    this.failing = false;
    for (const line of warnings) if (!this.warned.has(line)) this.o.log(`warning: ${line}`);
    this.warned = new Set(warnings);
    const before = JSON.stringify([...this.tools.values()].map((t) => t.listing));
    this.tools = found;
    if (JSON.stringify([...found.values()].map((t) => t.listing)) !== before) this.onChange?.();
  }

  private async readTools(warnings: string[]): Promise<Map<string, ScenarioTool>> {
    if (!this.o.client.allows('scenarios:run')) {
      warnings.push(`no ${SCENARIO_TOOL_PREFIX}<id> tools: the token lacks the scope scenarios:run`);
      return new Map();
    }
    const wanted = this.o.config.scenarioTools;
    let scenarios =
      wanted === 'all' ? await this.teamScenarios(warnings) : await this.namedScenarios(wanted as number[], warnings);
    if (scenarios.length > MAX_TOOLS) {
      warnings.push(
        `${scenarios.length} scenarios could be tools; offering the first ${MAX_TOOLS}. Name the ones wanted: MAKE_SCENARIO_TOOLS=<id>,<id>,…`,
      );
      scenarios = scenarios.slice(0, MAX_TOOLS);
    }
    const built = await Promise.all(
      scenarios.map(async (scenario) => {
        const iface = (
          (await this.get('scenarios_interface', { scenarioId: scenario.id })) as { interface?: unknown } | null
        )?.interface;
        try {
          return scenarioTool(scenario, iface);
        } catch (err) {
          if (!(err instanceof Unmappable)) throw err;
          warnings.push(`scenario ${scenario.id} is not offered as a tool: ${err.message}`);
          return undefined;
        }
      }),
    );
    return new Map(built.filter((t): t is ScenarioTool => t !== undefined).map((t) => [t.listing.name, t]));
  }

  /** Every active on-demand scenario of the configured team. */
  private async teamScenarios(warnings: string[]): Promise<Scenario[]> {
    const teamId = this.o.config.team;
    if (teamId === undefined) {
      warnings.push(
        `MAKE_SCENARIO_TOOLS=all needs MAKE_TEAM (whose scenarios to offer); no ${SCENARIO_TOOL_PREFIX}<id> tools`,
      );
      return [];
    }
    const all: Scenario[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const args = { teamId, isActive: true, cols: SCENARIO_COLUMNS, limit: PAGE, offset: page * PAGE };
      const found = ((await this.get('scenarios_list', args)) as { scenarios?: Scenario[] } | null)?.scenarios ?? [];
      all.push(...found);
      if (found.length < PAGE) break;
    }
    return all.filter((s) => Number.isSafeInteger(s.id) && s.id > 0 && s.isActive === true && isOnDemand(s));
  }

  /** The scenarios named in MAKE_SCENARIO_TOOLS that can be run on demand; the others are skipped with a warning. */
  private async namedScenarios(ids: number[], warnings: string[]): Promise<Scenario[]> {
    const found = await Promise.all(
      ids.map(async (scenarioId) => {
        const sent = await this.send('scenarios_get', { scenarioId, cols: SCENARIO_COLUMNS });
        if (!sent.ok && sent.failure.kind === 'http' && sent.failure.status === 404) {
          warnings.push(`scenario ${scenarioId} (MAKE_SCENARIO_TOOLS) does not exist or is not visible to this token`);
          return undefined;
        }
        if (!sent.ok) throw new ReadFailed(textOf(sent.error));
        const scenario = (sent.data as { scenario?: Scenario } | null)?.scenario;
        if (scenario?.isActive !== true) warnings.push(`scenario ${scenarioId} (MAKE_SCENARIO_TOOLS) is not active`);
        else if (!isOnDemand(scenario))
          warnings.push(`scenario ${scenarioId} (MAKE_SCENARIO_TOOLS) is not scheduled on demand`);
        else return { ...scenario, id: scenarioId };
        return undefined;
      }),
    );
    return found.filter((s): s is Scenario => s !== undefined);
  }

  /** One request of a catalogued endpoint through the one client: scope, rate limit, retries, failure wording. */
  private send(endpointName: string, args: Record<string, unknown>, ctx?: Pick<CallContext, 'client' | 'signal'>) {
    const endpoint = this.o.endpoint(endpointName);
    return send(endpoint, buildRequest(endpoint, args), args, ctx ?? { client: this.o.client });
  }

  /** A read through the one client (scope, rate limit, retries); any failure ends this refresh. */
  private async get(endpointName: string, args: Record<string, unknown>): Promise<unknown> {
    const sent = await this.send(endpointName, args);
    if (!sent.ok) throw new ReadFailed(textOf(sent.error));
    return sent.data;
  }

  call(name: string, args: unknown, ctx: CallContext): Promise<CallToolResult> {
    const tool = this.tools.get(name)!;
    return guarded(name, ctx.secret, () => this.run(tool, args, ctx));
  }

  /**
   * Starts the run without waiting in Make (responsive: false), so Make answers at once with the execution id and a
   * lost answer is the only ambiguous case (never re-sent); then polls the result until it is in or the wait is over.
   */
  private async run(tool: ScenarioTool, rawArgs: unknown, ctx: CallContext): Promise<CallToolResult> {
    const name = tool.listing.name;
    const parsed = parseArguments(tool.input, rawArgs, name);
    if (!parsed.ok) return parsed.error;
    const scenarioId = tool.scenarioId;
    const runArgs = { scenarioId, data: rename(parsed.data, tool.inputMaps, 'make'), responsive: false };
    const started = await this.send('scenarios_run', runArgs, ctx);
    if (!started.ok) return started.error;
    const executionId = (started.data as { executionId?: unknown } | null)?.executionId;
    const poll = { scenarioId, executionId };
    const later = this.o.howToRead('executions_get-detail', poll);
    if (typeof executionId !== 'string' || executionId === '') {
      return errorResult(
        `Make accepted the run of scenario ${scenarioId} but named no execution id. Do not run it again: find the run ` +
          `with ${this.o.howToRead('executions_list', { scenarioId })}.`,
      );
    }

    const waitMs = this.o.waitMs ?? DEFAULT_WAIT_MS;
    const deadline = this.clock.now() + waitMs;
    const execution = `(execution ${executionId})`;
    ctx.progress?.note(`Started scenario ${scenarioId} ${execution}`, waitMs);
    for (let attempt = 0; ; attempt++) {
      const pause = Math.min(waitStep(attempt), deadline - this.clock.now());
      if (pause <= 0)
        return pending(
          executionId,
          'RUNNING',
          `Make's run of scenario ${scenarioId} is still going ${execution}.`,
          later,
        );
      try {
        await this.clock.sleep(pause, ctx.signal);
      } catch {
        return pending(
          executionId,
          'RUNNING',
          `Stopped waiting (cancelled); the run of scenario ${scenarioId} goes on ${execution}.`,
          later,
        );
      }
      const read = await this.send('executions_get-detail', { ...poll, maxBytes: EXECUTION_BYTES }, ctx);
      if (!read.ok) {
        const why = `but its result could not be read: ${textOf(read.error)}`;
        return pending(executionId, 'UNKNOWN', `The run of scenario ${scenarioId} started ${execution}, ${why}`, later);
      }
      const detail = (read.data ?? {}) as { status?: unknown; outputs?: unknown; error?: unknown };
      if (detail.status === 'ERROR') {
        return errorResult(
          `Scenario ${scenarioId} ran ${execution} and failed. Make's error: ${JSON.stringify(detail.error ?? null)}`,
        );
      }
      if (detail.status === 'SUCCESS' || detail.status === 'WARNING') {
        // Make's outputs are an object; anything else stays in the text only, so structuredContent fits the schema
        const isObject =
          detail.outputs !== null && typeof detail.outputs === 'object' && !Array.isArray(detail.outputs);
        const outputs = isObject ? rename(detail.outputs, tool.outputMaps, 'safe') : null;
        const structured = { executionId, status: detail.status, outputs };
        const shown = isObject ? structured : { ...structured, outputs: detail.outputs ?? null };
        const text = JSON.stringify(detail.status === 'WARNING' ? { ...shown, warning: detail.error ?? null } : shown);
        if (text.length > MAX_RESULT_CHARS) {
          const cut = `its outputs exceed ${MAX_RESULT_CHARS} characters`;
          return errorResult(`Scenario ${scenarioId} finished ${execution}, but ${cut}. Read them with ${later}.`);
        }
        return { content: [{ type: 'text', text }], structuredContent: structured };
      }
      ctx.progress?.note(`Scenario ${scenarioId} is RUNNING ${execution}`, waitMs);
    }
  }
}

/** Not finished, or not known to be: the execution id and the exact call that fetches the outcome later. Not an error. */
function pending(executionId: string, status: 'RUNNING' | 'UNKNOWN', what: string, later: string): CallToolResult {
  return {
    content: [
      {
        type: 'text',
        text: `${what} It was started once; do not run it again to get its result. Fetch the outcome later with ${later}.`,
      },
    ],
    structuredContent: { executionId, status },
  };
}

function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join(' ');
}
