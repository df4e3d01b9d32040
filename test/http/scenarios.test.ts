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
  it("runs only an active scenario: Make's refusal first, then a run after activating it", async () => {
    const refused = await h.call('scenarios_run', { scenarioId: 502, confirm: true });
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain('Make refused: Scenario is not activated. Nothing ran: scenario 502 is inactive');
    expect(refused.text).toContain('Activate it with scenarios_activate {"scenarioId":502}, then run it again.');
    expect((await h.call('scenarios_activate', { scenarioId: 502 })).isError).toBeFalsy();
    const run = await h.call('scenarios_run', {
      scenarioId: 502,
      data: { invoice: 7 },
      responsive: true,
      confirm: true,
    });
    expect(run.isError, run.text).toBeFalsy();
    expect(run.structuredContent).toEqual({ executionId: expect.stringMatching(/^[0-9a-f]{32}$/), status: 1 });
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
    const blueprint = {
      name: 'Invoice sync',
      flow: [{ id: 1, module: 'http:ActionSendData', version: 3, mapper: {} }],
      metadata: { version: 1 },
    };
    const created = await h.call('scenarios_create', {
      teamId: 22,
      blueprint,
      scheduling: { type: 'indefinitely', interval: 900 },
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

  it('a get → edit → update round trip sends back exactly what it read, keys it does not know included', async () => {
    const original = {
      name: 'Router sync',
      flow: [
        {
          id: 1,
          module: 'gateway:CustomWebHook',
          version: 1,
          parameters: { hook: 601, maxResults: 1 },
          metadata: { designer: { x: 0, y: 0 } },
        },
        {
          id: 2,
          module: 'builtin:BasicRouter',
          version: 1,
          routes: [
            {
              flow: [
                {
                  id: 3,
                  module: 'slack:CreateMessage',
                  version: 4,
                  mapper: { text: '{{1.body}}' },
                  filter: { name: 'only orders', conditions: [[{ a: '{{1.type}}', o: 'text:equal', b: 'order' }]] },
                },
              ],
            },
          ],
        },
      ],
      metadata: {
        version: 1,
        scenario: {
          roundtrips: 1,
          maxErrors: 3,
          autoCommit: true,
          sequential: false,
          confidential: false,
          dataloss: false,
          dlq: false,
          freshVariables: false,
        },
        designer: { orphans: [] },
        zone: 'eu1.make.com',
      },
      io: { input_spec: [], output_spec: [] },
      somethingNewer: { kept: [1, 2, 3] },
    };
    await h.call('scenarios_update', { scenarioId: 501, blueprint: original });
    const read = await h.call('scenario-blueprints_get', { scenarioId: 501 });
    const got = (read.structuredContent as { blueprint: typeof original }).blueprint;
    expect(got).toEqual(original);
    const edited = { ...got, name: 'Router sync v2' };
    expect((await h.call('scenarios_update', { scenarioId: 501, blueprint: edited })).isError).toBeFalsy();
    expect(JSON.parse((h.sim.requests.at(-1)!.body as Record<string, string>).blueprint)).toEqual(edited);
  });

  it('takes a blueprint or a schedule as JSON text when it parses, and sends it on', async () => {
    const blueprint = { name: 'As text', flow: [], metadata: { version: 1 }, extra: true };
    const result = await h.call('scenarios_update', {
      scenarioId: 501,
      blueprint: JSON.stringify(blueprint),
      scheduling: '{"type":"on-demand"}',
    });
    expect(result.isError, result.text).toBeFalsy();
    const sent = h.sim.requests.at(-1)!.body as Record<string, string>;
    expect(JSON.parse(sent.blueprint)).toEqual(blueprint);
    expect(JSON.parse(sent.scheduling)).toEqual({ type: 'on-demand' });
  });

  it.each([
    [
      'a scheduling type Make does not have',
      { scheduling: { type: 'cron', cron: '0 9 * * *' } },
      [
        "scheduling.type: Invalid enum value. Expected 'indefinitely' | 'once' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'on-demand' | 'immediately', received 'cron'",
        'scheduling: unknown field(s) cron (the fields are type, interval, date, days, months, time, between, restrict; there is no cron)',
      ],
    ],
    [
      'an interval under a minute',
      { scheduling: { type: 'indefinitely', interval: 5 } },
      ['scheduling.interval: Number must be greater than or equal to 60'],
    ],
    ['a blueprint without metadata', { blueprint: { name: 'x', flow: [] } }, ['blueprint.metadata: required (object)']],
    [
      'a module not in app:Module form, and without version',
      { blueprint: { name: 'x', flow: [{ id: 1, module: 'SendData' }], metadata: {} } },
      [
        'blueprint.flow.0.module: must be app:Module, e.g. http:ActionSendData',
        'blueprint.flow.0.version: required (number)',
      ],
    ],
    ['a blueprint as text that is not JSON', { blueprint: '{name: x' }, ['blueprint: not valid JSON text']],
    [
      'a description over 240 characters',
      { description: 'd'.repeat(241) },
      ['description: String must contain at most 240 character(s)'],
    ],
  ])('refuses %s, naming the field and what it takes, and sends nothing', async (_, args, lines) => {
    const result = await h.call('scenarios_update', { scenarioId: 501, ...args });
    expect(result.isError).toBe(true);
    for (const line of lines) expect(result.text).toContain(line);
    expect(h.sim.requests).toEqual([]);
  });

  it('sends a description of up to 240 characters', async () => {
    const result = await h.call('scenarios_update', { scenarioId: 501, description: 'd'.repeat(240) });
    expect(result.isError, result.text).toBeFalsy();
    expect(h.sim.requests.at(-1)!.body).toEqual({ description: 'd'.repeat(240) });
  });

  it.each(['abc', 'A07E16F2AD134BF49CF83A00AA95C0A5', `${'a'.repeat(31)}g`, 'a'.repeat(33)])(
    'refuses execution id %s before sending',
    async (executionId) => {
      for (const [tool, args] of [
        ['executions_get-detail', { scenarioId: 501, executionId }],
        ['executions_get', { scenarioId: 501, executionId }],
        ['scenarios_replay', { scenarioId: 501, executionIds: [executionId], confirm: true }],
      ] as const) {
        const result = await h.call(tool, args);
        expect(result.text, tool).toContain('must be 32 lowercase hex characters');
      }
      expect(h.sim.requests).toEqual([]);
    },
  );
});
