// A team's on-demand scenarios as their own tools, run_scenario_<id>: which are offered, read from Make and kept
// current (from-interface.ts builds each tool, run.ts runs it).
import type { CallToolResult, Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import type { Config } from '../config/types.js';
import type { EndpointData } from '../endpoint.js';
import { systemClock, type Clock } from '../http/clock.js';
import type { MakeClient } from '../http/client.js';
import { buildRequest } from '../http/request.js';
import { send, type CallContext } from '../pipeline/call.js';
import { guarded } from '../pipeline/result.js';
import { SCENARIO_TOOL_PREFIX, scenarioTool, Unmappable, type Scenario, type ScenarioTool } from './from-interface.js';
import { runScenario, textOf } from './run.js';

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

const SCENARIO_COLUMNS = ['id', 'name', 'description', 'isActive', 'scheduling'];

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
    return send({ endpoint, request: buildRequest(endpoint, args), args }, ctx ?? { client: this.o.client });
  }

  /** A read through the one client (scope, rate limit, retries); any failure ends this refresh. */
  private async get(endpointName: string, args: Record<string, unknown>): Promise<unknown> {
    const sent = await this.send(endpointName, args);
    if (!sent.ok) throw new ReadFailed(textOf(sent.error));
    return sent.data;
  }

  call(name: string, args: unknown, ctx: CallContext): Promise<CallToolResult> {
    const tool = this.tools.get(name)!;
    const how = { send: this.send.bind(this), howToRead: this.o.howToRead, clock: this.clock, waitMs: this.o.waitMs };
    return guarded(name, ctx.secret, () => runScenario(tool, args, ctx, how));
  }
}
