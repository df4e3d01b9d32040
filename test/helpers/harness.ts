// A real MCP client connected to a real server built for a configuration, talking HTTP to the simulator.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Config } from '../../src/config/types.js';
import type { MakeClient, ClientOptions } from '../../src/http/client.js';
import { startMakeServer } from '../../src/host/start.js';
import type { HostOptions, ToolHost } from '../../src/host/tool-host.js';
import { SANDBOX_TOKEN, startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';
import { about, defaultTools, toolsets } from '../../tools/index.js';

export interface Harness {
  sim: Simulator;
  config: Config;
  make: MakeClient;
  /** The tools shared by every MCP server of this configuration. */
  host: ToolHost;
  /** What the server logged at start (stderr in the CLI). */
  logs: string[];
  mcp: Client;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult & { text: string }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  sim?: SimulatorOptions;
  config?: Partial<Config>;
  client?: Partial<ClientOptions>;
  /** The tools listed by default, beside the catalogue tools (default: the catalogue's own). */
  defaultTools?: readonly string[];
  /** e.g. a short wait for scenario tools' results. */
  host?: HostOptions;
  token?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const sim = await startSimulator(options.sim);
  const token = options.token ?? SANDBOX_TOKEN;
  const config: Config = {
    apiKey: token,
    baseUrl: `${sim.url}/api/v2`,
    sandbox: false,
    toolsets: 'all',
    tools: [],
    readOnly: false,
    maxWaitSeconds: 20,
    timeoutSeconds: 30,
    transport: { kind: 'stdio' },
    scenarioTools: [],
    ...options.config,
  };
  const logs: string[] = [];
  const { client: make, host } = await startMakeServer({
    config,
    toolsets,
    about,
    log: (line) => logs.push(line),
    clientOverrides: { retry: { baseDelayMs: 5, maxDelayMs: 20 }, ...options.client },
    defaultTools: options.defaultTools ?? defaultTools,
    host: options.host,
  });
  const server = host.newServer();
  const mcp = new Client({ name: 'test-client', version: '1.0.0' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), mcp.connect(clientSide)]);
  return {
    sim,
    config,
    make,
    host,
    logs,
    mcp,
    async call(name, args = {}) {
      const result = (await mcp.callTool({ name, arguments: args })) as CallToolResult;
      const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
      return { ...result, text };
    },
    async close() {
      await mcp.close();
      await server.close();
      await make.close();
      await sim.close();
    },
  };
}
