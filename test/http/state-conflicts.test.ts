// Make's state conflicts, end to end against the simulator answering with Make's own words: each becomes the model's
// next step (one table, src/pipeline/state-conflicts.ts), and a state the resource is already in is a success, not an error.
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/simulator/index.js';
import { byName, STATE_CONFLICTS, stateConflictAnswer } from '../../src/pipeline/state-conflicts.js';
import { startHarness, type Harness, type HarnessOptions } from '../helpers/harness.js';

const ACTIVE = SEED_IDS.scenario; // 501
const INACTIVE = 502;
const SLOW = SEED_IDS.onDemand.slow; // a run stays RUNNING for minutes
const HOOK = 601;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(options: HarnessOptions = {}): Promise<Harness> {
  h = await startHarness({
    sim: { rateLimitPerMinute: 100_000 },
    ...options,
    config: { rateLimit: 100_000, ...options.config },
  });
  return h;
}

const sent = (harness: Harness, route: string) => harness.sim.requests.filter((r) => r.route === route).length;

describe('a run of an inactive scenario', () => {
  it('names scenarios_activate as listed, and nothing ran', async () => {
    const harness = await start();
    const result = await harness.call('scenarios_run', { scenarioId: INACTIVE, confirm: true });
    expect(result.isError).toBe(true);
    expect(result.text).toBe(
      'Make refused: Scenario is not activated. Nothing ran: scenario 502 is inactive (a new scenario starts inactive). ' +
        'Activate it with scenarios_activate {"scenarioId":502}, then run it again.',
    );
    expect(harness.sim.applied).toEqual([]);
  });

  it('names the write caller where scenarios_activate is reached through the catalogue', async () => {
    const harness = await start({ config: { toolsets: 'default' }, defaultTools: ['scenarios_list'] });
    const result = await harness.call('make_call_tool', {
      tool: 'scenarios_run',
      arguments: { scenarioId: INACTIVE, confirm: true },
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(
      'Activate it with make_call_tool {"tool":"scenarios_activate","arguments":{"scenarioId":502}}, then run it again.',
    );
  });

  it('the advice works: activate, then the run goes through', async () => {
    const harness = await start();
    await harness.call('scenarios_run', { scenarioId: INACTIVE, confirm: true });
    expect((await harness.call('scenarios_activate', { scenarioId: INACTIVE })).isError).toBeFalsy();
    expect((await harness.call('scenarios_run', { scenarioId: INACTIVE, confirm: true })).isError).toBeFalsy();
  });
});

describe('a run while the scenario is already being executed', () => {
  it('says not to retry, and the exact calls that read the running execution', async () => {
    const harness = await start();
    const first = await harness.call('scenarios_run', { scenarioId: SLOW, data: { index: 'products' }, confirm: true });
    expect(first.isError, first.text).toBeFalsy();
    const second = await harness.call('scenarios_run', {
      scenarioId: SLOW,
      data: { index: 'products' },
      confirm: true,
    });
    expect(second.isError).toBe(true);
    expect(second.text).toContain(
      `Make refused: Scenario is already being executed. Nothing new ran: scenario ${SLOW} is running already`,
    );
    expect(second.text).toContain('Do not retry now.');
    expect(second.text).toContain(`executions_list {"scenarioId":${SLOW},"limit":1}`);
    expect(second.text).toContain('executions_get-detail');
    expect(sent(harness, 'POST /scenarios/{scenarioId}/run')).toBe(2); // each sent once: no retry of a refusal
    expect(harness.sim.applied).toHaveLength(1);
  });

  it('the same through a run_scenario_<id> tool', async () => {
    const harness = await start({
      config: { scenarioTools: [SLOW], team: SEED_IDS.team },
      host: { scenarioWaitMs: 100 },
    });
    await harness.mcp.listTools();
    const first = await harness.call(`run_scenario_${SLOW}`, { index: 'products' });
    expect(first.structuredContent).toMatchObject({ status: 'RUNNING' });
    const second = await harness.call(`run_scenario_${SLOW}`, { index: 'products' });
    expect(second.isError).toBe(true);
    expect(second.text).toContain('Scenario is already being executed. Nothing new ran');
  });
});

describe('a state the resource is already in is a success that says so', () => {
  it.each([
    ['scenarios_activate', { scenarioId: ACTIVE }, 'Scenario 501 was already active; nothing changed.'],
    ['scenarios_deactivate', { scenarioId: INACTIVE }, 'Scenario 502 was already inactive; nothing changed.'],
    ['hooks_enable', { hookId: HOOK }, 'Hook 601 was already enabled; nothing changed.'],
  ] as const)('%s', async (tool, args, words) => {
    const harness = await start();
    const result = await harness.call(tool, args);
    expect(result.isError).toBeFalsy();
    expect(result.text).toContain(words);
    expect(result.structuredContent).toEqual({ changed: false });
    expect(harness.sim.applied).toEqual([]);
  });

  it('hooks_disable twice: the second says it already was', async () => {
    const harness = await start();
    expect((await harness.call('hooks_disable', { hookId: HOOK })).text).not.toContain('already');
    const again = await harness.call('hooks_disable', { hookId: HOOK });
    expect(again.isError).toBeFalsy();
    expect(again.text).toBe('Hook 601 was already disabled; nothing changed.');
  });
});

describe('what is not a state conflict', () => {
  const said = { message: 'Scenario is already running.' };
  it('the words on another route', () => {
    expect(
      stateConflictAnswer({
        route: 'POST /scenarios/{scenarioId}/stop',
        status: 400,
        body: said,
        id: '1',
        how: byName,
      }),
    ).toBeUndefined();
  });
  it('the words with a 5xx (Make failing) or a 2xx', () => {
    expect(
      stateConflictAnswer({
        route: 'POST /scenarios/{scenarioId}/start',
        status: 503,
        body: said,
        id: '1',
        how: byName,
      }),
    ).toBeUndefined();
    expect(
      stateConflictAnswer({
        route: 'POST /scenarios/{scenarioId}/start',
        status: 200,
        body: said,
        id: '1',
        how: byName,
      }),
    ).toBeUndefined();
  });
  it('other words on the route; and the words found in a field message too', () => {
    expect(
      stateConflictAnswer({
        route: 'POST /scenarios/{scenarioId}/start',
        status: 400,
        body: { message: 'Bad Request' },
        id: '1',
        how: byName,
      }),
    ).toBeUndefined();
    const inField = stateConflictAnswer({
      route: 'POST /scenarios/{scenarioId}/start',
      status: 400,
      body: { message: 'Bad Request', suberrors: [{ message: 'Scenario is already running' }] },
      id: '7',
      how: byName,
    });
    expect(inField).toEqual({
      content: [{ type: 'text', text: expect.stringContaining('Scenario 7 was already active') }],
      structuredContent: { changed: false },
    });
  });
});

it('every row of the table is a route some tool sends', async () => {
  const { toolsets } = await import('../../tools/index.js');
  const routes = new Set(
    Object.values(toolsets)
      .flat()
      .map((e) => e.route),
  );
  for (const conflict of STATE_CONFLICTS) expect(routes, conflict.route).toContain(conflict.route);
});
