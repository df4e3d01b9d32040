// One configuration's tools (ToolHost): what is listed, how each name is run, and the MCP servers made for them.
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { CallToolResult, Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import { Catalogue } from '../catalogue/search.js';
import { catalogueTools, listingOfCatalogueTool, MAX_TOOL_NAME_LENGTH, runCatalogueTool } from '../catalogue/tools.js';
import { READ_CALLER, SEARCH_TOOL, WRITE_CALLER } from '../catalogue/names.js';
import type { Declarations } from '../endpoint.js';
import type { MakeClient } from '../http/client.js';
import { closestBySpelling } from '../closest.js';
import { allEndpoints, resourceOf, selectEndpoints, switchedOff, withCatalogue } from '../pipeline/select.js';
import { callTool, type CallContext } from '../pipeline/call.js';
import type { Defaults } from '../pipeline/define.js';
import { errorResult } from '../pipeline/result.js';
import { tokenScopeFor } from '../scopes.js';
import { systemClock, type Clock } from '../http/clock.js';
import { ScenarioTools } from '../scenario-runs/offered.js';
import type { HowToCall } from '../pipeline/state-conflicts.js';
import type { Config } from '../config/types.js';
import { serverInstructions } from './instructions.js';
import { onDemandTools } from './on-demand.js';
import { newMcpServer, type ConnectionContext } from './mcp-server.js';

export interface BuiltServer {
  server: Server;
  /** The tools and their pipeline, shared by every MCP server made for this configuration. */
  host: ToolHost;
  /** How many tools tools/list shows. */
  listed: number;
  /** Tools left out because the token lacks their scope. */
  hiddenByScope: number;
  /** Tools reachable through the catalogue tools (0 when those are not listed). */
  catalogueSize: number;
}

/** One configuration's tools and one server speaking MCP for them (stdio has one; HTTP makes one per request). */
export function buildServer(options: ToolHostOptions): BuiltServer {
  const host = new ToolHost(options);
  return {
    server: host.newServer(),
    host,
    listed: host.listed,
    hiddenByScope: host.hiddenByScope,
    catalogueSize: host.catalogueSize,
  };
}

type Handler = (args: unknown, ctx: CallContext) => Promise<CallToolResult>;

/** Hosted for a team: the signed-in user whose Make client runs the calls of one MCP server (src/oauth/). */
export interface UserSession {
  client: MakeClient;
  /** What no result may carry: the user's Make tokens as they are now. */
  secrets(): string[];
}

export interface HostOptions {
  /** Lines for stderr (the scenario tools' warnings). */
  log?: (line: string) => void;
  /** How long a scenario tool waits for the run's result before answering with the execution id. */
  scenarioWaitMs?: number;
  clock?: Clock;
}

/** One configuration's tools: its declarations, and the Make client that lists by its scopes and runs the calls. */
export interface ToolHostOptions extends HostOptions, DeclarationsGiven {
  config: Config;
  client: MakeClient;
}

/** The declarations a host serves: the toolsets, and optionally what they say of themselves and the default tools. */
export type DeclarationsGiven = Pick<Declarations, 'toolsets'> & Partial<Omit<Declarations, 'toolsets'>>;

/**
 * Everything that outlives one MCP connection: which tools are listed, their definitions (built on first use),
 * the listing, the catalogue's search index and the Make client. Building it once keeps a per-request server cheap.
 */
export class ToolHost {
  readonly listed: number;
  readonly hiddenByScope: number;
  readonly catalogueSize: number;
  /** The team's on-demand scenarios as run_scenario_<id> tools, read from Make (none unless MAKE_SCENARIO_TOOLS). */
  readonly scenarios: ScenarioTools;
  private readonly handlers: Map<string, Handler>;
  private readonly listTools: () => Promise<ListedTool[]>;
  private readonly instructions: string;
  private readonly hasCatalogue: boolean;
  private readonly howToCall: HowToCall;
  /** Why a name is not a tool this configuration runs as it was called, and what to do instead. */
  private readonly unavailable: (name: string) => Promise<string>;
  /** Every MCP server made here and not yet closed: each is told when the scenario tools change. */
  private readonly servers = new Set<Server>();
  private readonly clock: Clock;

  private readonly config: Config;
  readonly client: MakeClient;

  constructor(options: ToolHostOptions) {
    const { config, client, toolsets, about = {}, defaultTools = [] } = options;
    this.config = config;
    this.client = client;
    this.clock = options.clock ?? systemClock;
    const defaults: Defaults = { teamId: config.team, organizationId: config.organization };
    const endpoints = new Map(allEndpoints(toolsets).map((e) => [e.name, e]));
    const tools = onDemandTools(new Set(endpoints.keys()), defaults);
    const allows = (scope: string | null) => client.allows(scope);
    const { selected, hiddenByScope, catalogue } = selectEndpoints({ toolsets, config, allows, defaultTools });
    const searchable = withCatalogue(config.toolsets) ? new Catalogue(catalogue, tools, about) : undefined;
    const extra = searchable ? catalogueTools(searchable, (name) => this.unavailable(name)) : [];

    this.handlers = new Map<string, Handler>([
      ...selected.map(
        (e) => [e.name, async (args: unknown, ctx: CallContext) => callTool(await tools.define(e), args, ctx)] as const,
      ),
      ...extra.map(
        (tool) => [tool.name, (args: unknown, ctx: CallContext) => runCatalogueTool(tool, args, ctx)] as const,
      ),
    ]);
    let listing: Promise<ListedTool[]> | undefined;
    this.listTools = () =>
      (listing ??= Promise.all([...selected.map(tools.list), ...extra.map(listingOfCatalogueTool)]));
    this.hasCatalogue = extra.length > 0;
    this.instructions = serverInstructions(config, { catalogue: this.hasCatalogue });
    this.listed = selected.length + extra.length;
    this.hiddenByScope = hiddenByScope.length;
    this.catalogueSize = extra.length ? catalogue.length : 0;

    // a tool listed here is named as it is; one reached through the catalogue, through the caller that runs it
    const callerOf = (tool: string) => (endpoints.get(tool)?.effect === 'read' ? READ_CALLER : WRITE_CALLER);
    this.howToCall = (tool, args) => {
      if (this.handlers.has(tool) || !this.hasCatalogue) return `${tool} ${JSON.stringify(args)}`;
      return `${callerOf(tool)} ${JSON.stringify({ tool, arguments: args })}`;
    };
    this.unavailable = async (name) => {
      const endpoint = endpoints.get(name);
      if (!endpoint) {
        const near = searchable ? await searchable.closest(name) : closestBySpelling(name, this.handlers.keys(), 3);
        const find = searchable ? `Find tools with ${SEARCH_TOOL}.` : 'See tools/list.';
        return `No tool named "${name}".${near.length ? ` Closest: ${near.join(', ')}.` : ''} ${find}`;
      }
      const off = switchedOff(endpoint, config, allows);
      if (off?.by === 'read-only') return `${name} changes data and this server is read-only, so it is switched off.`;
      if (off?.by === 'scope') {
        const add = `"${tokenScopeFor(off.scope)}" to the token in Make (Profile → API access)${config.scopes ? ' and to MAKE_SCOPES' : ''}`;
        return `${name} needs the scope ${off.scope}, which this token lacks, so it is switched off. Add ${add}, then restart this server.`;
      }
      if (searchable)
        return `${name} is not listed here; run it with ${callerOf(name)} ({ tool: "${name}", arguments }).`;
      return `${name} is not listed here: add its toolset ${resourceOf(name)} to MAKE_TOOLSETS, or the tool to MAKE_TOOLS.`;
    };
    this.scenarios = new ScenarioTools({
      config,
      client,
      endpoint: (name) => endpoints.get(name) ?? missing(name),
      howToRead: this.howToCall,
      log: options.log ?? (() => {}),
      waitMs: options.scenarioWaitMs,
      clock: options.clock,
    });
    this.scenarios.onChange = () => {
      for (const server of this.servers) server.sendToolListChanged().catch(() => {}); // a closing server misses it
    };
  }

  /** What no result may carry: the Make token, and the bearer token clients of a hosted server send. */
  private get secrets(): string[] {
    const transport = this.config.transport;
    return transport.kind === 'http' && transport.token ? [this.config.apiKey, transport.token] : [this.config.apiKey];
  }

  async list(): Promise<ListedTool[]> {
    return [...(await this.listTools()), ...this.scenarios.listings()];
  }

  async call(name: string, args: unknown, ctx: ConnectionContext, user?: UserSession): Promise<CallToolResult> {
    const full: CallContext = {
      ...ctx,
      client: user?.client ?? this.client,
      readOnly: this.config.readOnly,
      secret: user ? [...this.secrets, ...user.secrets()] : this.secrets,
      changed: (tool) => this.scenarios.afterChange(tool),
      howToCall: this.howToCall,
    };
    const run = this.handlers.get(name);
    if (run) return run(args, full);
    if (this.scenarios.has(name)) return this.scenarios.call(name, args, full);
    // a name is echoed (and compared) only when it could be one: a megabyte of "name" is not sent back
    if (name.length <= MAX_TOOL_NAME_LENGTH) return errorResult(await this.unavailable(name));
    const find = this.hasCatalogue ? `find tools with ${SEARCH_TOOL}` : 'see tools/list';
    return errorResult(`Tool with a ${name.length}-character name is not listed here; ${find}.`);
  }

  /** A new MCP server for these tools, told while open when the scenario tools change; `user` runs its calls. */
  newServer(user?: UserSession): Server {
    const server = newMcpServer({
      instructions: this.instructions,
      listChanged: this.scenarios.enabled,
      clock: this.clock,
      list: () => this.list(),
      call: (name, args, ctx) => this.call(name, args, ctx, user),
    });
    this.track(server);
    return server;
  }

  /**
   * Keeps `server` in the set told of changes until it closes. Whoever connects it may set its own onclose (the CLI
   * does), so ours is kept in front of whatever they set: a per-request HTTP server must not stay in the set.
   */
  private track(server: Server): void {
    this.servers.add(server);
    let theirs: (() => void) | undefined;
    Object.defineProperty(server, 'onclose', {
      configurable: true,
      get: () => () => {
        this.servers.delete(server);
        theirs?.();
      },
      set: (handler: (() => void) | undefined) => {
        theirs = handler;
      },
    });
  }

  /** How many MCP servers made here are still open (for tests: per-request servers must not pile up). */
  get openServers(): number {
    return this.servers.size;
  }
}

function missing(name: string): never {
  throw new Error(`the catalogue has no tool ${name}, which scenario tools need`);
}
