// A scenario created through the tools, given an interface and run: its outputs follow the interface, and its
// execution records (logs, log entry, result) carry Make's fields and agree with the run.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sim: { rateLimitPerMinute: 100_000 }, config: { rateLimit: 100_000 } });
});
afterAll(() => h.close());
beforeEach(() => h.sim.reset());

const BLUEPRINT = {
  name: 'Price an order',
  flow: [
    { id: 1, module: 'scenario-service:StartSubscenario', version: 1, parameters: {}, mapper: {} },
    { id: 2, module: 'util:SetVariables', version: 1, parameters: {}, mapper: {} },
    { id: 3, module: 'scenario-service:ReturnData', version: 1, parameters: {}, mapper: {} },
  ],
  metadata: { version: 1 },
};

const INTERFACE = {
  input: [
    { name: 'orderId', type: 'text', required: true },
    { name: 'quantity', type: 'number', required: false },
  ],
  output: [
    { name: 'orderId', type: 'text' },
    { name: 'note', type: 'text' },
    { name: 'total', type: 'number' },
    { name: 'priced', type: 'boolean' },
    { name: 'pricedAt', type: 'date' },
    { name: 'channel', type: 'select', options: [{ label: 'Web', value: 'web' }] },
    { name: 'currency', type: 'text', default: 'EUR' },
    { name: 'lines', type: 'array', spec: { type: 'text' } },
    { name: 'customer', type: 'collection', spec: [{ name: 'tier', type: 'number' }] },
  ],
};

/** Makes an on-demand scenario through the tools, with the interface above, and switches it on. */
async function createdScenario(): Promise<number> {
  const created = await h.call('scenarios_create', {
    teamId: 22,
    blueprint: BLUEPRINT,
    scheduling: { type: 'on-demand' },
  });
  expect(created.isError, created.text).toBeFalsy();
  const scenarioId = (created.structuredContent as { id: number }).id;
  expect(created.structuredContent).toMatchObject({ name: BLUEPRINT.name }); // named after its blueprint, as in Make
  const set = await h.call('scenarios_set-interface', { scenarioId, interface: INTERFACE });
  expect(set.isError, set.text).toBeFalsy();
  expect((await h.call('scenarios_activate', { scenarioId })).isError).toBeFalsy();
  return scenarioId;
}

describe('a created scenario with an interface', () => {
  it('returns outputs shaped by its interface: computed from nothing, so inputs of the same name, else typed values', async () => {
    const scenarioId = await createdScenario();
    const run = await h.call('scenarios_run', {
      scenarioId,
      data: { orderId: 'A-1001', quantity: 3 },
      responsive: true,
      confirm: true,
    });
    expect(run.isError, run.text).toBeFalsy();
    const answer = run.structuredContent as { executionId: string; status: number; outputs: Record<string, unknown> };
    expect(answer.status).toBe(1);
    expect(answer.outputs).toEqual({
      orderId: 'A-1001', // the input of the same name
      note: 'note (sandbox value)',
      total: 0,
      priced: true,
      pricedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      channel: 'web',
      currency: 'EUR', // the field's default
      lines: [],
      customer: { tier: 0 },
    });
    // the result read later is the same run's
    const detail = await h.call('executions_get-detail', { scenarioId, executionId: answer.executionId });
    expect(detail.structuredContent).toMatchObject({ status: 'SUCCESS', outputs: answer.outputs });
  });

  it('checks the inputs its interface requires, and without an interface a run has no outputs', async () => {
    const scenarioId = await createdScenario();
    const refused = await h.call('scenarios_run', { scenarioId, data: { quantity: 1 }, confirm: true });
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain("Missing value of required scenario input 'orderId'");
    await h.call('scenarios_set-interface', { scenarioId, interface: { input: [], output: [] } });
    const bare = await h.call('scenarios_run', { scenarioId, responsive: true, confirm: true });
    expect(bare.structuredContent).toEqual({ executionId: expect.any(String), status: 1 });
  });
});

describe("a run's execution records", () => {
  /** Make's document's fields of a scenario log entry, and centicredits from Make's client. */
  const LOG_FIELDS = [
    'imtId',
    'duration',
    'operations',
    'centicredits',
    'transfer',
    'organizationId',
    'teamId',
    'id',
    'type',
    'authorId',
    'instant',
    'timestamp',
    'status',
  ];

  it('list and get show the run with the fields of Make, consistent with the run', async () => {
    const scenarioId = await createdScenario();
    const before = Date.now();
    const run = await h.call('scenarios_run', {
      scenarioId,
      data: { orderId: 'A-7' },
      responsive: true,
      confirm: true,
    });
    const { executionId, outputs } = run.structuredContent as { executionId: string; outputs: unknown };
    const listed = await h.call('executions_list', { scenarioId });
    expect(listed.isError, listed.text).toBeFalsy();
    const entries = (listed.structuredContent as { scenarioLogs: Record<string, unknown>[] }).scenarioLogs;
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(Object.keys(entry).sort()).toEqual([...LOG_FIELDS].sort());
    expect(entry).toEqual({
      id: executionId,
      imtId: `${Date.parse(String(entry.timestamp))}_scenario.${scenarioId}.manual.${executionId}`,
      status: 1,
      type: 'manual',
      instant: true,
      authorId: 33,
      organizationId: 11,
      teamId: 22,
      operations: BLUEPRINT.flow.length,
      centicredits: BLUEPRINT.flow.length * 100,
      duration: 250 * BLUEPRINT.flow.length,
      transfer: Buffer.byteLength(JSON.stringify([{ orderId: 'A-7' }, outputs])),
      timestamp: expect.any(String),
    });
    expect(Date.parse(String(entry.timestamp))).toBeGreaterThanOrEqual(before - 1000);
    const one = await h.call('executions_get', { scenarioId, executionId });
    expect(one.structuredContent).toEqual(entry);
  });

  it("a run that fails is an error in the logs (3) and in its result, with Make's error and no outputs", async () => {
    const run = await h.call('scenarios_run', {
      scenarioId: 510,
      data: { email: 'x@invalid.example' },
      confirm: true,
    });
    const { executionId } = run.structuredContent as { executionId: string };
    const entry = (await h.call('executions_get', { scenarioId: 510, executionId })).structuredContent;
    expect(entry).toMatchObject({ id: executionId, status: 3 });
    const detail = (await h.call('executions_get-detail', { scenarioId: 510, executionId })).structuredContent;
    expect(detail).toMatchObject({ status: 'ERROR', outputs: null, error: { name: 'DataError' } });
  });
});
