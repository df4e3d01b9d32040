// Make's scenario quirks through the tools: a run needs an active scenario, a run whose answer never comes is not
// sent twice and says how to find it, and blueprints travel as JSON text while the model passes objects.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sim: { rateLimitPerMinute: 100_000 }, config: { rateLimit: 100_000 } });
});
afterAll(() => h.close());
beforeEach(() => h.sim.reset());

describe('scenarios through the tools', () => {
  it('runs only an active scenario: Make\'s refusal first, then a run after activating it', async () => {
    const refused = await h.call('scenarios_run', { scenarioId: 502, confirm: true });
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain('Make refused: Scenario is not activated. Nothing ran: scenario 502 is inactive');
    expect(refused.text).toContain('Activate it with scenarios_activate {"scenarioId":502}, then run it again.');
    expect((await h.call('scenarios_activate', { scenarioId: 502 })).isError).toBeFalsy();
    const run = await h.call('scenarios_run', { scenarioId: 502, data: { invoice: 7 }, responsive: true, confirm: true });
    expect(run.isError, run.text).toBeFalsy();
    expect(run.structuredContent).toEqual({ executionId: expect.stringMatching(/^exec-/), status: 1 });
  });

  it('never re-sends a run whose answer is lost, and names the calls that find it', async () => {
    h.sim.injectFault({ kind: 'status-504', route: 'POST /scenarios/{scenarioId}/run', phase: 'after' });
    const result = await h.call('scenarios_run', { scenarioId: 501, responsive: true, confirm: true });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('Outcome unknown');
    expect(result.text).toContain('Do not run it again: call executions_list with scenarioId 501');
    expect(result.text).toContain('executions_get-detail');
    expect(h.sim.requests.filter((r) => r.route === 'POST /scenarios/{scenarioId}/run')).toHaveLength(1);
    expect(h.sim.applied).toHaveLength(1); // the run happened: it is in the logs
    const logs = await h.call('executions_list', { scenarioId: 501 });
    expect(logs.text).toContain(String(h.sim.applied[0].id));
  });

  it('sends a blueprint given as an object as JSON text, and reads it back as an object', async () => {
    const blueprint = { name: 'Invoice sync', flow: [{ id: 1, module: 'http:ActionSendData', mapper: {} }], metadata: { version: 1 } };
    const created = await h.call('scenarios_create', {
      teamId: 22, blueprint, scheduling: { type: 'indefinitely', interval: 900 },
    });
    expect(created.isError, created.text).toBeFalsy();
    const sent = h.sim.requests.at(-1)!.body as Record<string, unknown>;
    expect(typeof sent.blueprint).toBe('string');
    expect(JSON.parse(sent.blueprint as string)).toEqual(blueprint);
    expect(JSON.parse(sent.scheduling as string)).toEqual({ type: 'indefinitely', interval: 900 });
    const id = (created.structuredContent as { id: number }).id;
    const read = await h.call('scenario-blueprints_get', { scenarioId: id });
    expect(read.text).toContain('http:ActionSendData');
  });
});
