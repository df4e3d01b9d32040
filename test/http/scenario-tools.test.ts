// A team's on-demand scenarios as run_scenario_<id> tools, against the simulator's seeded scenarios 510-515: listing,
// schemas from the interface, runs with outputs, the execution-id path, untrusted names, refresh and list_changed.
import { afterEach, describe, expect, it } from 'vitest';
import { ToolListChangedNotificationSchema, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { ALL_SCOPES, SEED_IDS } from '../../src/simulator/index.js';
import { collectionAt } from '../../src/simulator/engine.js';
import { BEHAVIOURS } from '../../src/simulator/behaviours.js';
import { MAX_RESULT_CHARS } from '../../src/output.js';
import { REFRESH_EVERY_MS } from '../../src/scenario-runs/offered.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startHarness, type Harness, type HarnessOptions } from '../helpers/harness.js';

const IDS = SEED_IDS.onDemand;
const RUN = 'POST /scenarios/{scenarioId}/run';
const SAFE_PROPERTY = /^[a-zA-Z0-9_.-]{1,64}$/;
const STATIC_END =
  'Its effects in other apps cannot be undone. Returns its outputs, or the execution id to check later.';
const ANY_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(options: HarnessOptions = {}): Promise<Harness> {
  const config = { scenarioTools: 'all' as const, team: SEED_IDS.team, ...options.config };
  h = await startHarness({ ...options, config, host: { scenarioWaitMs: 2000, ...options.host } });
  await h.mcp.listTools(); // the SDK client checks a tool's structuredContent against the outputSchema it listed
  return h;
}

async function scenarioTools(harness: Harness): Promise<Tool[]> {
  return (await harness.mcp.listTools()).tools.filter((t) => t.name.startsWith('run_scenario_'));
}

/** Resolves on the next notifications/tools/list_changed the client gets. */
function nextListChanged(mcp: Client): Promise<void> {
  return new Promise((resolve) => mcp.setNotificationHandler(ToolListChangedNotificationSchema, () => resolve()));
}

function runsSent(harness: Harness) {
  return harness.sim.requests.filter((r) => r.route === RUN);
}

describe('listing', () => {
  it('lists every active on-demand scenario of the team, and no other', async () => {
    const harness = await start();
    expect((await scenarioTools(harness)).map((t) => t.name)).toEqual(
      [IDS.lead, IDS.invoice, IDS.slow, IDS.injected].map((id) => `run_scenario_${id}`),
    );
    // 501 is active but scheduled, 502 and 514 inactive, 515 has colliding field names
    expect(harness.logs).toContain(
      `warning: scenario ${IDS.colliding} is not offered as a tool: the input fields "First name" and "First_name" both become the property First_name`,
    );
    expect(harness.logs).toContain('4 scenario tools (run_scenario_<id>) listed');
  });

  it("types the input and output schema from the scenario's interface", async () => {
    const harness = await start();
    const lead = (await scenarioTools(harness)).find((t) => t.name === `run_scenario_${IDS.lead}`)!;
    expect(lead.annotations).toEqual({ readOnlyHint: false, destructiveHint: true, openWorldHint: true });
    expect(lead.description).toBe(
      "Runs the Make scenario 'Add lead to CRM' (label from the Make account), described there as 'Creates a lead in the CRM " +
        `and returns its id'. ${STATIC_END}`,
    );
    expect(lead.inputSchema).toEqual({
      type: 'object',
      properties: {
        email: { type: 'string', description: 'Email. Work email of the lead.' },
        fullName: { type: 'string', description: 'Full name' },
        score: { type: 'number', description: 'Lead score' },
        plan: { type: 'string', enum: ['free', 'pro'], description: 'Default: free' },
        tags: { type: 'array', items: { type: 'string' } },
        company: {
          type: 'object',
          properties: { name: { type: 'string' }, size: { type: 'number' } },
          required: ['name'],
          additionalProperties: false,
        },
        followUp: {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$',
          description: 'ISO 8601 date. When to call back.',
        },
        vip: { type: 'boolean' },
      },
      required: ['email'],
      additionalProperties: false,
    });
    expect(lead.outputSchema).toEqual({
      type: 'object',
      properties: {
        executionId: { type: 'string' },
        status: { type: 'string', enum: ['SUCCESS', 'WARNING', 'RUNNING', 'UNKNOWN'] },
        outputs: {
          anyOf: [
            {
              type: 'object',
              properties: {
                leadId: { description: 'text' },
                summary: { description: 'text' },
                tagCount: { description: 'number' },
              },
              additionalProperties: true,
            },
            { type: 'null' },
          ],
        },
      },
      required: ['executionId', 'status'],
      additionalProperties: false,
    });
    const bytes = Buffer.byteLength(JSON.stringify(lead));
    console.log(`a typical scenario tool (8 inputs, 3 outputs) adds ${bytes} bytes to tools/list`);
    expect(bytes).toBeLessThan(2500);
  });

  it('lists the scenarios named by id, and says on stderr why it skips the others', async () => {
    const harness = await start({ config: { scenarioTools: [IDS.invoice, IDS.inactive, 9999, SEED_IDS.scenario] } });
    expect((await scenarioTools(harness)).map((t) => t.name)).toEqual([`run_scenario_${IDS.invoice}`]);
    expect(harness.logs).toEqual(
      expect.arrayContaining([
        `warning: scenario ${IDS.inactive} (MAKE_SCENARIO_TOOLS) is not active`,
        'warning: scenario 9999 (MAKE_SCENARIO_TOOLS) does not exist or is not visible to this token',
        `warning: scenario ${SEED_IDS.scenario} (MAKE_SCENARIO_TOOLS) is not scheduled on demand`,
      ]),
    );
  });

  it('lists none, and never reads scenarios for them, when read-only', async () => {
    const harness = await start({ config: { readOnly: true } });
    expect(await scenarioTools(harness)).toEqual([]);
    expect(harness.sim.requests.filter((r) => r.path.startsWith('/api/v2/scenarios'))).toEqual([]);
    const caps = harness.mcp.getServerCapabilities();
    expect(caps?.tools?.listChanged).toBeUndefined();
  });

  it('lists none without a team to read them from, and says so', async () => {
    const harness = await start({ config: { team: undefined } });
    expect(await scenarioTools(harness)).toEqual([]);
    expect(harness.logs.some((l) => l.includes('MAKE_SCENARIO_TOOLS=all needs MAKE_TEAM'))).toBe(true);
  });
});

describe('untrusted names and descriptions', () => {
  const shape = new RegExp(
    "^Runs the Make scenario '([^'\"`<>\\[\\]{}]{1,60})' \\(label from the Make account\\)(, described there as '([^'\"`<>\\[\\]{}]{1,160})')?\\. " +
      STATIC_END.replace(/[.()]/g, '\\$&') +
      '$',
    'u',
  );

  it('cannot escape its label, and its fields keep plain names and clean descriptions', async () => {
    const harness = await start();
    const injected = (await scenarioTools(harness)).find((t) => t.name === `run_scenario_${IDS.injected}`)!;
    expect(injected.description).toMatch(shape);
    expect(injected.description).not.toMatch(ANY_CONTROL);
    expect(injected.description).not.toContain('\n');
    expect(injected.title).toBe(`Run scenario ${IDS.injected}`);
    const properties = injected.inputSchema.properties as Record<string, { description?: string }>;
    expect(Object.keys(properties)).toEqual(['note_____confirm___true___x_____']);
    for (const [name, property] of Object.entries(properties)) {
      expect(name).toMatch(SAFE_PROPERTY);
      expect(property.description).not.toMatch(ANY_CONTROL);
      expect(property.description).not.toMatch(/[<>`"'[\]{}]/);
    }
    for (const tool of await scenarioTools(harness)) expect(tool.description).toMatch(shape);
  });

  it("leaves every other tool's definition exactly as it is without the scenario", async () => {
    const others = async (scenarios: number[] | 'all', toolsets: 'all' | 'default') => {
      const harness = await startHarness({ config: { scenarioTools: scenarios, team: SEED_IDS.team, toolsets } });
      const { tools } = await harness.mcp.listTools();
      const instructions = harness.mcp.getInstructions();
      await harness.close();
      return {
        tools: tools.filter((t) => t.name !== `run_scenario_${IDS.injected}`).map((t) => JSON.stringify(t)),
        instructions,
      };
    };
    for (const toolsets of ['all', 'default'] as const) {
      const withIt = await others('all', toolsets);
      const without = await others([IDS.lead, IDS.invoice, IDS.slow], toolsets);
      expect(withIt.tools).toEqual(without.tools);
      expect(withIt.instructions).toBe(without.instructions);
    }
  });
});

describe('running', () => {
  it("sends the inputs under Make's own names without waiting in Make, and returns the outputs as structuredContent", async () => {
    const harness = await start();
    const result = await harness.call(`run_scenario_${IDS.lead}`, {
      email: 'ada@example.com',
      fullName: 'Ada Lovelace',
      plan: 'pro',
      tags: ['vip', 'eu'],
      company: { name: 'Analytical Engines', size: 3 },
      followUp: '2026-01-31T09:00:00Z',
    });
    expect(result.isError).toBeFalsy();
    // the SDK client has already checked structuredContent against the tool's outputSchema
    expect(result.structuredContent).toEqual({
      executionId: expect.stringMatching(/^[0-9a-f]{32}$/),
      status: 'SUCCESS',
      outputs: { leadId: 'lead-ada@example.com', summary: 'Ada Lovelace on pro', tagCount: 2 },
    });
    expect(JSON.parse(result.text)).toEqual(result.structuredContent);
    expect(runsSent(harness)).toHaveLength(1);
    expect(runsSent(harness)[0].body).toEqual({
      data: {
        email: 'ada@example.com',
        fullName: 'Ada Lovelace',
        plan: 'pro',
        tags: ['vip', 'eu'],
        company: { name: 'Analytical Engines', size: 3 },
        followUp: '2026-01-31T09:00:00Z',
      },
      responsive: false,
    });
  });

  it('accepts outputs in another shape than the interface declares: a run that happened never becomes an error', async () => {
    const harness = await start();
    const changed = nextListChanged(harness.mcp);
    const output = [
      { name: 'leadId', type: 'number' },
      { name: 'summary', type: 'collection', spec: [{ name: 'x', type: 'text' }] },
    ];
    const input = [{ name: 'email', type: 'text', required: true }];
    await harness.call('scenarios_set-interface', { scenarioId: IDS.lead, interface: { input, output } });
    await changed;
    await harness.mcp.listTools(); // the client now checks against the new outputSchema
    const result = await harness.call(`run_scenario_${IDS.lead}`, { email: 'a@example.com' });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      status: 'SUCCESS',
      outputs: { leadId: 'lead-a@example.com', summary: 'a@example.com on free' },
    });
  });

  it('maps property names back to field names that hold spaces, and outputs to property names', async () => {
    const harness = await start();
    const tool = (await scenarioTools(harness)).find((t) => t.name === `run_scenario_${IDS.invoice}`)!;
    expect(tool.inputSchema.required).toEqual(['Customer_email', 'Invoice_number']);
    const result = await harness.call(tool.name, {
      Customer_email: 'grace@example.com',
      Invoice_number: 'INV-7',
      Amount_due: 120.5,
    });
    expect(runsSent(harness)[0].body).toEqual({
      data: { 'Customer email': 'grace@example.com', 'Invoice number': 'INV-7', 'Amount due': 120.5 },
      responsive: false,
    });
    expect(result.structuredContent).toMatchObject({
      status: 'SUCCESS',
      outputs: { Reminder_sent: true, Sent_to: 'grace@example.com' },
    });
  });

  it('refuses bad input naming the field, and sends nothing', async () => {
    const harness = await start();
    const missing = await harness.call(`run_scenario_${IDS.lead}`, {
      fullName: 'Ada',
      plan: 'enterprise',
      followUp: 'tomorrow',
    });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('nothing was sent');
    expect(missing.text).toContain('email: required');
    expect(missing.text).toMatch(/plan: .*'free' \| 'pro'/);
    expect(missing.text).toContain('followUp: expected an ISO 8601 date');
    const unknown = await harness.call(`run_scenario_${IDS.lead}`, { email: 'a@example.com', confirm: true });
    expect(unknown.text).toContain('unknown field(s) confirm');
    expect(runsSent(harness)).toHaveLength(0);
  });

  it("answers a failed run with Make's error", async () => {
    const harness = await start();
    const result = await harness.call(`run_scenario_${IDS.lead}`, { email: 'bob@invalid.example' });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^Scenario 510 ran \(execution [0-9a-f]{32}\) and failed\. Make's error: /);
    expect(result.text).toContain('"message":"The CRM refused the email address bob@invalid.example."');
  });

  it('returns the outputs of a run that finished with a warning, and the warning', async () => {
    const harness = await start();
    const result = await harness.call(`run_scenario_${IDS.lead}`, { email: 'joe@warn.example' });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({
      executionId: expect.stringMatching(/^[0-9a-f]{32}$/),
      status: 'WARNING',
      outputs: expect.objectContaining({ leadId: 'lead-joe@warn.example' }),
    });
    expect(JSON.parse(result.text).warning).toEqual({
      name: 'Warning',
      message: 'Free-mail address; the lead was not scored.',
    });
  });

  it('gives the execution id, not an error, when the result cannot be read', async () => {
    const harness = await start({ client: { retry: { maxAttempts: 1 } } });
    harness.sim.injectFault({ kind: 'status-503', route: 'GET /scenarios/{scenarioId}/executions/{executionId}' });
    const result = await harness.call(`run_scenario_${IDS.lead}`, { email: 'a@example.com' });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({
      executionId: expect.stringMatching(/^[0-9a-f]{32}$/),
      status: 'UNKNOWN',
    });
    expect(result.text).toMatch(/started \(execution [0-9a-f]{32}\), but its result could not be read: .*HTTP 503/);
    expect(result.text).toContain('Fetch the outcome later with executions_get-detail');
    expect(runsSent(harness)).toHaveLength(1);
  });

  it('answers a run still going with its execution id and the exact call that fetches the outcome', async () => {
    const harness = await start({ host: { scenarioWaitMs: 300 }, config: { toolsets: 'default' } });
    const result = await harness.call(`run_scenario_${IDS.slow}`, { index: 'products' });
    expect(result.isError).toBeFalsy();
    const { executionId } = result.structuredContent as { executionId: string };
    expect(result.structuredContent).toEqual({
      executionId: expect.stringMatching(/^[0-9a-f]{32}$/),
      status: 'RUNNING',
    });
    const later = { scenarioId: IDS.slow, executionId };
    expect(result.text).toContain(`still going (execution ${executionId})`);
    expect(result.text).toContain(`do not run it again`);
    expect(result.text).toContain(`executions_get-detail ${JSON.stringify(later)}`);
    expect(runsSent(harness)).toHaveLength(1);

    collectionAt(harness.sim.state, `/scenarios/${IDS.slow}/executions`).get(executionId)!.finishesAt = 0; // it ends
    const outcome = await harness.call('executions_get-detail', later);
    expect(outcome.structuredContent).toEqual({ status: 'SUCCESS', outputs: { documents: 1200 } });
  });

  it('names the read caller for the outcome where executions_get-detail is not listed', async () => {
    const harness = await start({
      host: { scenarioWaitMs: 300 },
      config: { toolsets: 'default' },
      defaultTools: ['scenarios_list'],
    });
    const result = await harness.call(`run_scenario_${IDS.slow}`, { index: 'customers' });
    const { executionId } = result.structuredContent as { executionId: string };
    const call = { tool: 'executions_get-detail', arguments: { scenarioId: IDS.slow, executionId } };
    expect(result.text).toContain(`Fetch the outcome later with make_call_read_tool ${JSON.stringify(call)}.`);
    expect((await harness.call('make_call_read_tool', call)).structuredContent).toEqual({ status: 'RUNNING' });
  });

  it('never re-sends a run whose answer was lost, and says how to find it', async () => {
    const harness = await start();
    harness.sim.injectFault({ kind: 'status-504', route: RUN, phase: 'after' });
    const result = await harness.call(`run_scenario_${IDS.invoice}`, {
      Customer_email: 'a@example.com',
      Invoice_number: '1',
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('Outcome unknown');
    expect(result.text).toContain(`Do not run it again: call executions_list with scenarioId ${IDS.invoice}`);
    expect(runsSent(harness)).toHaveLength(1);
  });
});

describe('refresh', () => {
  it('after scenarios_deactivate: list_changed, and the tool is gone', async () => {
    const harness = await start();
    const changed = nextListChanged(harness.mcp);
    expect((await harness.call('scenarios_deactivate', { scenarioId: IDS.lead })).isError).toBeFalsy();
    await changed;
    expect((await scenarioTools(harness)).map((t) => t.name)).not.toContain(`run_scenario_${IDS.lead}`);
    expect((await harness.call(`run_scenario_${IDS.lead}`, { email: 'a@example.com' })).text).toBe(
      `No tool named "run_scenario_${IDS.lead}". See tools/list.`,
    );
  });

  it('after a change through the catalogue caller: activating a scenario and changing an interface', async () => {
    const harness = await start({ config: { toolsets: 'default' } });
    let changed = nextListChanged(harness.mcp);
    await harness.call('make_call_tool', { tool: 'scenarios_activate', arguments: { scenarioId: IDS.inactive } });
    await changed;
    const archive = (await scenarioTools(harness)).find((t) => t.name === `run_scenario_${IDS.inactive}`);
    expect(archive?.inputSchema.required).toEqual(['before']);

    changed = nextListChanged(harness.mcp);
    const input = [
      { name: 'before', type: 'date', required: true },
      { name: 'dry run', type: 'boolean', required: false },
    ];
    await harness.call('make_call_tool', {
      tool: 'scenarios_set-interface',
      arguments: { scenarioId: IDS.inactive, interface: { input, output: null } },
    });
    await changed;
    const updated = (await scenarioTools(harness)).find((t) => t.name === `run_scenario_${IDS.inactive}`)!;
    expect(Object.keys(updated.inputSchema.properties ?? {})).toEqual(['before', 'dry_run']);
  });

  it('sends nothing when a change leaves the scenario tools as they were', async () => {
    const harness = await start();
    let notified = 0;
    harness.mcp.setNotificationHandler(ToolListChangedNotificationSchema, () => void notified++);
    await harness.call('scenarios_update', { scenarioId: SEED_IDS.scenario, name: 'Renamed, still scheduled' });
    await harness.mcp.listTools(); // a round trip after the call: a notification sent during it has arrived
    expect(notified).toBe(0);
  });

  it('offers at most 50, and says how to choose', async () => {
    const harness = await start();
    const scenarios = collectionAt(harness.sim.state, '/scenarios');
    for (let id = 2000; id < 2060; id++) {
      scenarios.set(String(id), {
        id,
        name: `Bulk ${id}`,
        teamId: SEED_IDS.team,
        isActive: true,
        scheduling: { type: 'on-demand' },
      });
    }
    await harness.call('scenarios_update', { scenarioId: SEED_IDS.scenario, name: 'Renamed' }); // reads again
    // the first 50 of 65 candidates by id are read; 515 among them is skipped (colliding names)
    expect(await scenarioTools(harness)).toHaveLength(49);
    expect(harness.logs).toContain(
      'warning: 65 scenarios could be tools; offering the first 50. Name the ones wanted: MAKE_SCENARIO_TOOLS=<id>,<id>,…',
    );
  });

  it('reads again when a listing finds the last read older than five minutes: a change made outside make-mcp shows', async () => {
    const clock = new FakeClock();
    const harness = await start({ host: { clock } });
    collectionAt(harness.sim.state, '/scenarios').get(String(IDS.invoice))!.isActive = false; // in Make's web app
    const reads = () => harness.sim.requests.filter((r) => r.route === 'GET /scenarios').length;
    await harness.mcp.listTools();
    expect(reads()).toBe(1); // the read at start is fresh

    await clock.advance(REFRESH_EVERY_MS);
    const changed = nextListChanged(harness.mcp);
    await harness.mcp.listTools(); // answers at once with what it has, and reads again behind it
    await changed;
    expect(reads()).toBe(2);
    expect((await scenarioTools(harness)).map((t) => t.name)).not.toContain(`run_scenario_${IDS.invoice}`);
  });

  it('keeps the rest of the listing, and the scenario tools it had, when reading scenarios fails', async () => {
    const harness = await start({ config: { toolsets: 'default' }, client: { retry: { maxAttempts: 1 } } });
    const before = (await harness.mcp.listTools()).tools.length;
    harness.sim.injectFault({ kind: 'status-503', route: 'GET /scenarios', times: 5 });
    await harness.call('scenarios_deactivate', { scenarioId: SEED_IDS.scenario }); // asks for a new read, which fails
    await harness.call('scenarios_activate', { scenarioId: SEED_IDS.scenario }); // fails again: no second warning
    const after = (await harness.mcp.listTools()).tools;
    expect(after).toHaveLength(before);
    expect(after.filter((t) => t.name.startsWith('run_scenario_'))).toHaveLength(4);
    const warnings = harness.logs.filter((l) => l.startsWith('warning: could not read the scenarios'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^warning: could not read the scenarios for run_scenario_<id> tools \(Make refused GET \/scenarios\?.* with HTTP 503 .*\); keeping the 4 scenario tools listed$/,
      ),
    ]);
  });

  it('lists every other tool when the first read fails', async () => {
    const harness = await start({
      config: { toolsets: 'default' },
      sim: { tokens: { 'no-read': ['scenarios:run', 'scenarios:write', 'connections:read'] } },
      token: 'no-read',
    });
    const names = (await harness.mcp.listTools()).tools.map((t) => t.name);
    expect(names.filter((n) => n.startsWith('run_scenario_'))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(['scenarios_activate', 'connections_list', 'make_search_tools', 'make_call_tool']),
    );
    expect(harness.logs.filter((l) => l.startsWith('warning: could not read the scenarios'))).toEqual([
      expect.stringMatching(/lacks the scope "scenarios:read".*; no scenario tools listed$/),
    ]);
  });

  it('forgets an MCP server once it closes, so per-request servers do not pile up', async () => {
    const harness = await start();
    const open = harness.host.openServers;
    for (let i = 0; i < 3; i++) {
      const server = harness.host.newServer();
      server.onclose = () => {}; // as the CLI sets its own
      const client = new Client({ name: 'short-lived', version: '1' });
      const [a, b] = InMemoryTransport.createLinkedPair();
      await Promise.all([server.connect(b), client.connect(a)]);
      expect(harness.host.openServers).toBe(open + 1);
      await client.close();
    }
    expect(harness.host.openServers).toBe(open);
  });
});

/** Resolves once `check` holds: the simulator answers over real HTTP, so the test waits for what it sent. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; !check(); i++) {
    if (i > 1000) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const SCENARIO_READS = 'GET /scenarios';

function addScenarios(harness: Harness, from: number, count: number, extra: Record<string, unknown> = {}): void {
  const scenarios = collectionAt(harness.sim.state, '/scenarios');
  for (let id = from; id < from + count; id++) {
    scenarios.set(String(id), {
      id,
      name: `Bulk ${id}`,
      teamId: SEED_IDS.team,
      isActive: true,
      scheduling: { type: 'on-demand' },
      ...extra,
    });
  }
}

describe('reading the scenarios', () => {
  const reads = (harness: Harness) => harness.sim.requests.filter((r) => r.route === SCENARIO_READS);
  const toolNames = async (harness: Harness) => (await scenarioTools(harness)).map((t) => t.name);
  const warnings = (harness: Harness) => harness.logs.filter((l) => l.startsWith('warning:'));

  it("reads the team's active scenarios with the columns it needs, and the next page while a page is full", async () => {
    const harness = await start();
    const page = (offset: number) => [
      ['teamId', String(SEED_IDS.team)],
      ['isActive', 'true'],
      ...['id', 'name', 'description', 'isActive', 'scheduling'].map((c) => ['cols[]', c]),
      ['pg[limit]', '100'],
      ['pg[offset]', String(offset)],
    ];
    expect(reads(harness).map((r) => r.query)).toEqual([page(0)]);
    const { scenarios } = (await harness.call('scenarios_list', { teamId: SEED_IDS.team, isActive: true, limit: 100 }))
      .structuredContent as {
      scenarios: unknown[];
    };
    addScenarios(harness, 3000, 100 - scenarios.length, { scheduling: { type: 'indefinitely' } }); // a full first page
    harness.sim.requests.length = 0;
    await harness.host.scenarios.refresh();
    expect(reads(harness).map((r) => r.query)).toEqual([page(0), page(100)]);
  });

  it('offers only scenarios with a positive whole id, isActive true, and scheduled on demand (also as JSON text)', async () => {
    const harness = await start();
    const before = await toolNames(harness);
    const scenarios = collectionAt(harness.sim.state, '/scenarios');
    const add = (key: string, fields: Record<string, unknown>) =>
      scenarios.set(key, {
        name: key,
        teamId: SEED_IDS.team,
        isActive: true,
        scheduling: { type: 'on-demand' },
        ...fields,
      });
    add('3001', { id: 3001, scheduling: '{"type":"on-demand"}' });
    add('3002', { id: 3002, scheduling: '{"type":"on-demand"' }); // not JSON
    add('3003', { id: 3003 });
    delete scenarios.get('3003')!.isActive; // Make's isActive filter lets it through; it is not known to be active
    add('3004', { id: 3004, scheduling: { type: 'indefinitely' } });
    add('3005', { id: 3005, scheduling: null });
    add('0', { id: 0 });
    add('3006.5', { id: 3006.5 });
    add('3007', { id: '3007' });
    await harness.host.scenarios.refresh();
    expect(await toolNames(harness)).toEqual([...before, 'run_scenario_3001']);
  });

  it('lists none, and reads nothing, with a token that cannot run scenarios', async () => {
    const harness = await start({
      sim: { tokens: { 'no-run': ALL_SCOPES.filter((s) => s !== 'scenarios:run') } },
      token: 'no-run',
    });
    expect(await toolNames(harness)).toEqual([]);
    expect(reads(harness)).toEqual([]);
    expect(warnings(harness)).toEqual(['warning: no run_scenario_<id> tools: the token lacks the scope scenarios:run']);
  });

  it('offers 50 without a warning, and the first 50 of 51 with one', async () => {
    // two reads of ~50 interfaces each: more than Make's smallest rate limit allows in a minute
    const harness = await start({ config: { rateLimit: 1000 }, sim: { rateLimitPerMinute: 1000 } });
    // 5 candidates at start: four tools and 515, whose names collide
    addScenarios(harness, 2000, 45);
    await harness.host.scenarios.refresh();
    expect(await toolNames(harness)).toHaveLength(49);
    expect(warnings(harness).filter((l) => l.includes('could be tools'))).toEqual([]);
    addScenarios(harness, 2045, 1);
    await harness.host.scenarios.refresh();
    expect(await toolNames(harness)).toHaveLength(49);
    expect(warnings(harness).filter((l) => l.includes('could be tools'))).toEqual([
      'warning: 51 scenarios could be tools; offering the first 50. Name the ones wanted: MAKE_SCENARIO_TOOLS=<id>,<id>,…',
    ]);
  });

  it('warns once about a scenario it skips, however often it reads', async () => {
    const harness = await start();
    await harness.host.scenarios.refresh();
    await harness.host.scenarios.refresh();
    expect(warnings(harness)).toEqual([
      `warning: scenario ${IDS.colliding} is not offered as a tool: the input fields "First name" and "First_name" both become the property First_name`,
    ]);
  });

  it('named ids: a scenario Make cannot find is skipped; any other failure ends the read, and says so', async () => {
    const harness = await start({
      config: { scenarioTools: [IDS.invoice, IDS.lead] },
      client: { retry: { maxAttempts: 1 } },
    });
    expect(await toolNames(harness)).toEqual([`run_scenario_${IDS.invoice}`, `run_scenario_${IDS.lead}`]);
    harness.sim.injectFault({ kind: 'status-503', route: 'GET /scenarios/{scenarioId}', times: 1 });
    await harness.host.scenarios.refresh();
    expect(await toolNames(harness)).toEqual([`run_scenario_${IDS.invoice}`, `run_scenario_${IDS.lead}`]);
    expect(warnings(harness)).toEqual([
      expect.stringMatching(
        /^warning: could not read the scenarios for run_scenario_<id> tools \(.*HTTP 503.*\); keeping the 2 scenario tools listed$/,
      ),
    ]);
  });

  it('named ids given as JSON-text scheduling count as on demand; bad JSON does not', async () => {
    const harness = await start({ config: { scenarioTools: [IDS.invoice, IDS.lead] } });
    const scenarios = collectionAt(harness.sim.state, '/scenarios');
    scenarios.get(String(IDS.invoice))!.scheduling = '{"type":"on-demand"}';
    scenarios.get(String(IDS.lead))!.scheduling = 'on-demand';
    await harness.host.scenarios.refresh();
    expect(await toolNames(harness)).toEqual([`run_scenario_${IDS.invoice}`]);
    expect(warnings(harness)).toEqual([
      `warning: scenario ${IDS.lead} (MAKE_SCENARIO_TOOLS) is not scheduled on demand`,
    ]);
  });
});

describe('runs, on a clock the test moves', () => {
  const RESULT = 'GET /scenarios/{scenarioId}/executions/{executionId}';
  const polls = (harness: Harness) => harness.sim.requests.filter((r) => r.route === RESULT).length;

  async function startOnClock(scenarioWaitMs = 40_000): Promise<{ harness: Harness; clock: FakeClock }> {
    const clock = new FakeClock();
    return { harness: await start({ host: { clock, scenarioWaitMs } }), clock };
  }

  /** Once the run was sent and the call waits to poll: the run's record, where the test sets what Make answers. */
  async function runRecord(
    harness: Harness,
    clock: FakeClock,
    scenarioId: number,
  ): Promise<{ id: string } & Record<string, unknown>> {
    await until(() => runsSent(harness).length === 1 && clock.sleepers === 1);
    return [...collectionAt(harness.sim.state, `/scenarios/${scenarioId}/executions`).values()][0] as {
      id: string;
    };
  }

  it('polls after 0.5, 1, 2, 3 and then every 5 seconds', async () => {
    const { harness, clock } = await startOnClock();
    const result = harness.call(`run_scenario_${IDS.slow}`, { index: 'products' });
    const record = await runRecord(harness, clock, IDS.slow);
    for (const [i, delay] of [500, 1000, 2000, 3000, 5000, 5000].entries()) {
      await clock.advance(delay - 1);
      expect(clock.sleepers).toBe(1); // still waiting: the poll is not due yet
      expect(polls(harness)).toBe(i);
      await clock.advance(1);
      await until(() => polls(harness) === i + 1 && clock.sleepers === 1);
    }
    record.finishesAt = 0;
    await clock.advance(5000);
    expect((await result).structuredContent).toEqual({
      executionId: record.id,
      status: 'SUCCESS',
      outputs: { documents: 1200 },
    });
    expect(polls(harness)).toBe(7);
  });

  it('answers RUNNING when the wait ends exactly at a poll, without sleeping again', async () => {
    const { harness, clock } = await startOnClock(1500);
    const result = harness.call(`run_scenario_${IDS.slow}`, { index: 'products' });
    const record = await runRecord(harness, clock, IDS.slow);
    await clock.advance(500);
    await until(() => polls(harness) === 1 && clock.sleepers === 1);
    await clock.advance(1000);
    expect((await result).structuredContent).toEqual({ executionId: record.id, status: 'RUNNING' });
    expect(polls(harness)).toBe(2);
  });

  it('stops waiting when the call is cancelled, and gives the execution id of the run that goes on', async () => {
    const { harness, clock } = await startOnClock();
    const abort = new AbortController();
    const ctx = { client: harness.make, readOnly: false, secret: 'sandbox-token', signal: abort.signal };
    const result = harness.host.scenarios.call(`run_scenario_${IDS.slow}`, { index: 'products' }, ctx);
    const record = await runRecord(harness, clock, IDS.slow);
    abort.abort();
    const answer = await result;
    expect(answer.isError).toBeFalsy();
    expect(answer.structuredContent).toEqual({ executionId: record.id, status: 'RUNNING' });
    expect((answer.content[0] as { text: string }).text).toMatch(
      new RegExp(
        `^Stopped waiting \\(cancelled\\); the run of scenario ${IDS.slow} goes on \\(execution ${record.id}\\)\\. It was started once`,
      ),
    );
    expect(polls(harness)).toBe(0);
  });

  it.each([
    ['a list', ['a', 'b']],
    ['text', 'done'],
  ])('outputs that are %s stay in the text; structuredContent has null, as the schema allows', async (_, outputs) => {
    const { harness, clock } = await startOnClock();
    const result = harness.call(`run_scenario_${IDS.lead}`, { email: 'a@example.com' });
    const record = await runRecord(harness, clock, IDS.lead);
    record.outputs = outputs;
    await clock.advance(500);
    const answer = await result;
    expect(answer.structuredContent).toEqual({ executionId: record.id, status: 'SUCCESS', outputs: null });
    expect(JSON.parse(answer.text)).toEqual({ executionId: record.id, status: 'SUCCESS', outputs });
  });

  it('returns outputs up to the result limit, and for larger ones says how to read them', async () => {
    const { harness, clock } = await startOnClock();
    for (const extra of [0, 1]) {
      harness.sim.requests.length = 0;
      const result = harness.call(`run_scenario_${IDS.lead}`, { email: 'a@example.com' });
      const record = await runRecord(harness, clock, IDS.lead);
      const frame = JSON.stringify({ executionId: record.id, status: 'SUCCESS', outputs: { big: '' } }).length;
      record.outputs = { big: 'x'.repeat(MAX_RESULT_CHARS - frame + extra) };
      await clock.advance(500);
      const answer = await result;
      if (extra === 0) {
        expect(answer.isError).toBeFalsy();
        expect(answer.text).toHaveLength(MAX_RESULT_CHARS);
      } else {
        expect(answer.isError).toBe(true);
        const later = JSON.stringify({ scenarioId: IDS.lead, executionId: record.id });
        expect(answer.text).toBe(
          `Scenario ${IDS.lead} finished (execution ${record.id}), but its outputs exceed ${MAX_RESULT_CHARS} characters. ` +
            `Read them with executions_get-detail ${later}.`,
        );
      }
      collectionAt(harness.sim.state, `/scenarios/${IDS.lead}/executions`).clear();
    }
  });
});

describe('a run Make accepts without naming its execution', () => {
  const ROUTE = 'POST /scenarios/{scenarioId}/run';
  const original = BEHAVIOURS[ROUTE];
  afterEach(() => {
    BEHAVIOURS[ROUTE] = original;
  });

  it.each([
    ['no executionId', {}],
    ['an empty one', { executionId: '' }],
    ['no body', null],
  ])('with %s: an error that says not to run it again and how to find the run; nothing is polled', async (_, body) => {
    BEHAVIOURS[ROUTE] = (...args) => ({ ...original(...args), body });
    const harness = await start();
    const result = await harness.call(`run_scenario_${IDS.invoice}`, {
      Customer_email: 'a@example.com',
      Invoice_number: '1',
    });
    expect(result.isError).toBe(true);
    expect(result.text).toBe(
      `Make accepted the run of scenario ${IDS.invoice} but named no execution id. Do not run it again: find the run with ` +
        `executions_list {"scenarioId":${IDS.invoice}}.`,
    );
    expect(runsSent(harness)).toHaveLength(1);
    expect(
      harness.sim.requests.filter((r) => r.route === 'GET /scenarios/{scenarioId}/executions/{executionId}'),
    ).toEqual([]);
  });
});

describe('refresh bookkeeping', () => {
  const reads = (harness: Harness) => harness.sim.requests.filter((r) => r.route === 'GET /scenarios').length;

  it('reads once at a time: asked during a read, one more read follows it, however often asked', async () => {
    const harness = await start();
    const before = reads(harness);
    await Promise.all([
      harness.host.scenarios.refresh(),
      harness.host.scenarios.refresh(),
      harness.host.scenarios.refresh(),
    ]);
    expect(reads(harness)).toBe(before + 2);
  });

  it('reads again after publish, update and delete, and not after a read or a change to something else', async () => {
    const harness = await start();
    let count = reads(harness);
    await harness.call('scenarios_interface', { scenarioId: IDS.lead });
    expect((await harness.call('hooks_delete', { hookId: 601, confirm: true })).isError).toBeFalsy(); // a change, not to scenarios
    expect(reads(harness)).toBe(count);
    for (const [tool, args] of [
      ['scenarios_publish', { scenarioId: IDS.lead }],
      ['scenarios_update', { scenarioId: SEED_IDS.scenario, name: 'Renamed' }],
      ['scenarios_delete', { scenarioId: IDS.invoice, confirm: true }],
    ] as const) {
      expect((await harness.call(tool, args)).isError, tool).toBeFalsy();
      expect(reads(harness), tool).toBe(++count);
    }
    expect((await scenarioTools(harness)).map((t) => t.name)).not.toContain(`run_scenario_${IDS.invoice}`);
  });

  it('a listing reads again only once five minutes have passed since the last read', async () => {
    const clock = new FakeClock();
    const harness = await start({ host: { clock } });
    const before = reads(harness);
    await clock.advance(5 * 60_000 - 1);
    await harness.mcp.listTools();
    expect(reads(harness)).toBe(before);
    await clock.advance(1);
    await harness.mcp.listTools();
    await until(() => reads(harness) === before + 1);
  });
});
