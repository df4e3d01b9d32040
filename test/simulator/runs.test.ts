// A scenario's runs in the simulator: one record per run, read as its result and as its entry in the logs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectionAt } from '../../src/simulator/engine.js';
import { SEED_IDS, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { LONG_RUN_MS, outputsOf } from '../../src/simulator/runs.js';
import { SEED_PARAMS } from '../../src/simulator/seed-ids.js';
import { call } from '../helpers/sim-call.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerMinute: 100_000 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const IDS = SEED_IDS.onDemand;
const run = async (scenarioId: number, data: Record<string, unknown>) =>
  (await call(sim, 'POST', `/scenarios/${scenarioId}/run`, { body: { data, responsive: true } })).json as {
    executionId: string;
    status: number;
    outputs?: Record<string, unknown>;
  };

describe('runs and their logs', () => {
  it("the seeded scenario's run is in its logs and has a result, under the seeded execution id", async () => {
    const id = String(SEED_PARAMS.executionId);
    const logs = await call(sim, 'GET', `/scenarios/${SEED_IDS.scenario}/logs`);
    expect(logs.json.scenarioLogs).toEqual([
      expect.objectContaining({
        id,
        imtId: expect.stringMatching(new RegExp(`^\\d+_scenario\\.${SEED_IDS.scenario}\\.auto\\.${id}$`)),
        type: 'auto',
        authorId: null,
        status: 1,
        operations: 2,
        centicredits: 200,
      }),
    ]);
    expect((await call(sim, 'GET', `/scenarios/${SEED_IDS.scenario}/logs/${id}`)).json.scenarioLog).toEqual(
      logs.json.scenarioLogs[0],
    );
    expect((await call(sim, 'GET', `/scenarios/${SEED_IDS.scenario}/executions/${id}`)).json).toEqual({
      status: 'SUCCESS',
      outputs: null,
    });
  });

  it("the seeded scenarios' outputs follow their interfaces, and what they compute", async () => {
    const lead = await run(IDS.lead, { email: 'ada@example.com', fullName: 'Ada', tags: ['a', 'b'] });
    expect(lead.outputs).toEqual({ leadId: 'lead-ada@example.com', summary: 'Ada on free', tagCount: 2 });
    const invoice = await run(IDS.invoice, { 'Customer email': 'c@example.com', 'Invoice number': 'I-1' });
    expect(invoice.outputs).toEqual({ 'Reminder sent': true, 'Sent to': 'c@example.com' });
    expect((await run(IDS.colliding, {})).outputs).toBeUndefined(); // no outputs declared
  });

  it('lists newest first, filters by status and time, pages, and answers 404 for an unknown run', async () => {
    const ok = await run(IDS.lead, { email: 'a@example.com' });
    const warned = await run(IDS.lead, { email: 'b@warn.example' });
    const failed = await run(IDS.lead, { email: 'c@invalid.example' });
    expect([ok.status, warned.status, failed.status]).toEqual([1, 2, 3]);
    const all = await call(sim, 'GET', `/scenarios/${IDS.lead}/logs`);
    expect(all.json.scenarioLogs.map((e: { id: string }) => e.id)).toEqual([
      failed.executionId,
      warned.executionId,
      ok.executionId,
    ]);
    expect(all.json.pg).toMatchObject({ sortBy: 'imtId', sortDir: 'desc' });
    const errors = await call(sim, 'GET', `/scenarios/${IDS.lead}/logs?status=3`);
    expect(errors.json.scenarioLogs.map((e: { id: string }) => e.id)).toEqual([failed.executionId]);
    const future = Date.now() + 60_000;
    expect((await call(sim, 'GET', `/scenarios/${IDS.lead}/logs?from=${future}`)).json.scenarioLogs).toEqual([]);
    expect((await call(sim, 'GET', `/scenarios/${IDS.lead}/logs?to=${future}`)).json.scenarioLogs).toHaveLength(3);
    expect((await call(sim, 'GET', `/scenarios/${IDS.lead}/logs?to=0`)).json.scenarioLogs).toEqual([]);
    const page = await call(sim, 'GET', `/scenarios/${IDS.lead}/logs?pg%5Blimit%5D=1&pg%5Boffset%5D=1`);
    expect(page.json.scenarioLogs.map((e: { id: string }) => e.id)).toEqual([warned.executionId]);
    expect((await call(sim, 'GET', `/scenarios/${IDS.lead}/logs/${'0'.repeat(32)}`)).status).toBe(404);
  });

  it('a run still going is pending (0) in the logs and RUNNING as a result; once done, both say how it ended', async () => {
    const slow = await run(IDS.slow, { index: 'products' });
    const entry = async () =>
      (await call(sim, 'GET', `/scenarios/${IDS.slow}/logs/${slow.executionId}`)).json.scenarioLog;
    const result = async () => (await call(sim, 'GET', `/scenarios/${IDS.slow}/executions/${slow.executionId}`)).json;
    expect((await entry()).status).toBe(0);
    expect((await entry()).duration).toBeLessThan(LONG_RUN_MS);
    expect(await result()).toEqual({ status: 'RUNNING' });
    collectionAt(sim.state, `/scenarios/${IDS.slow}/executions`).get(slow.executionId)!.finishesAt = 0;
    expect(await entry()).toMatchObject({ status: 1, duration: LONG_RUN_MS });
    expect(await result()).toEqual({ status: 'SUCCESS', outputs: { documents: 1200 } });
  });

  it("the organization's feed holds every scenario's runs, newest first; a trace holds the blueprint run", async () => {
    const first = await run(IDS.lead, { email: 'a@example.com' });
    const second = await run(IDS.invoice, { 'Customer email': 'c@example.com', 'Invoice number': 'I-1' });
    const feed = await call(sim, 'GET', '/scenarios/logs');
    expect(feed.json.scenarioLogs.map((e: { id: string }) => e.id)).toEqual([
      second.executionId,
      first.executionId,
      String(SEED_PARAMS.executionId),
    ]);
    const since = Date.parse('2026-02-01T00:00:00Z');
    expect((await call(sim, 'GET', `/scenarios/logs?since=${since}`)).json.scenarioLogs).toHaveLength(2);
    const trace = await call(sim, 'GET', `/scenarios/${SEED_IDS.scenario}/logs/${SEED_PARAMS.executionId}/p`);
    expect(trace.json).toMatchObject({
      id: SEED_PARAMS.executionId,
      scenarioId: SEED_IDS.scenario,
      blueprint: { flow: [expect.anything(), expect.anything()] },
    });
  });
});

describe('outputs shaped by an interface', () => {
  it('takes what the run computed first, then the input of the same name, then a value of its type', () => {
    const declared = [
      { name: 'a', type: 'text' },
      { name: 'b', type: 'number' },
      { name: 'c', type: 'select', options: [{ value: 'x' }] },
      { name: 'd', type: 'collection', spec: [{ name: 'e', type: 'boolean' }] },
      { name: 'f', type: 'dynamicCollection' },
    ];
    expect(outputsOf(declared, { a: 'input', b: 5 }, { a: 'computed' }, '2026-01-01T00:00:00.000Z')).toEqual({
      a: 'computed',
      b: 5,
      c: 'x',
      d: { e: true },
      f: null,
    });
    expect(outputsOf(null, { a: 1 }, {}, '')).toBeNull();
    expect(outputsOf([], { a: 1 }, {}, '')).toBeNull();
  });
});
