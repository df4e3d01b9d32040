// A real MCP client connected to a real server built for a configuration, talking HTTP to the simulator.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Config } from '../../src/config.js';
import { MakeClient, type ClientOptions } from '../../src/http/client.js';
import { buildServer } from '../../src/server.js';
import { SANDBOX_TOKEN, startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';
import { toolsets } from '../../tools/index.js';

export interface Harness {
  sim: Simulator;
  make: MakeClient;
  mcp: Client;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult & { text: string }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  sim?: SimulatorOptions;
  config?: Partial<Config>;
  client?: Partial<ClientOptions>;
  /** Scopes the server believes the token has; null = unknown (no local filtering). */
  scopes?: string[] | null;
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
    ...options.config,
  };
  const make = new MakeClient({
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    readOnly: config.readOnly,
    scopes: options.scopes ? new Set(options.scopes) : null,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...options.client,
  });
  const { server } = buildServer(config, make, toolsets);
  const mcp = new Client({ name: 'test-client', version: '1.0.0' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), mcp.connect(clientSide)]);
  return {
    sim,
    make,
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
