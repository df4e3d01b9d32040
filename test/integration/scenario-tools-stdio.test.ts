// The built server with MAKE_SCENARIO_TOOLS over stdio: the team's scenarios listed and run, stdout JSON-RPC only.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ALL_SCOPES, SEED_IDS, startSimulator, type Simulator } from '../../src/simulator/index.js';

const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));
const TOKEN = 'scenario-tools-e2e-token';
const IDS = SEED_IDS.onDemand;

let sim: Simulator;
let client: Client;
let stderr = '';
const protocolErrors: Error[] = [];

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  sim = await startSimulator({ tokens: { [TOKEN]: ALL_SCOPES } });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI],
    env: {
      PATH: process.env.PATH ?? '',
      MAKE_API_KEY: TOKEN,
      MAKE_API_URL: sim.url,
      MAKE_TEAM: String(SEED_IDS.team),
      MAKE_SCENARIO_TOOLS: 'all',
    },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client({ name: 'e2e-scenarios', version: '1.0.0' });
  client.onerror = (err) => protocolErrors.push(err);
  await client.connect(transport);
});

afterAll(async () => {
  await client?.close();
  await sim?.close();
});

it("lists the team's scenarios as tools, runs one, and keeps stdout to JSON-RPC", async () => {
  const { tools } = await client.listTools();
  expect(tools.filter((t) => t.name.startsWith('run_scenario_')).map((t) => t.name)).toEqual(
    [IDS.lead, IDS.invoice, IDS.slow, IDS.injected].map((id) => `run_scenario_${id}`),
  );
  expect(client.getServerCapabilities()?.tools?.listChanged).toBe(true);
  const result = await client.callTool({
    name: `run_scenario_${IDS.invoice}`,
    arguments: { Customer_email: 'e2e@example.com', Invoice_number: 'INV-1' },
  });
  expect(result.structuredContent).toMatchObject({
    status: 'SUCCESS',
    outputs: { Reminder_sent: true, Sent_to: 'e2e@example.com' },
  });
  expect(sim.requests.find((r) => r.route === 'POST /scenarios/{scenarioId}/run')?.body).toEqual({
    data: { 'Customer email': 'e2e@example.com', 'Invoice number': 'INV-1' },
    responsive: false,
  });
  expect(stderr).toContain(`make-mcp: warning: scenario ${IDS.colliding} is not offered as a tool`);
  expect(stderr).toContain('make-mcp: 4 scenario tools (run_scenario_<id>) listed');
  expect(protocolErrors).toEqual([]);
});
