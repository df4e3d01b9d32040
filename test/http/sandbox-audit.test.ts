// The audit log through the tools: a change made with one tool is found with the audit-log tools, filtered as
// Make documents, and read back by its uuid.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sim: { rateLimitPerMinute: 100_000 }, config: { rateLimit: 100_000 } });
});
afterAll(() => h.close());
beforeEach(() => h.sim.reset());

describe('audit log through the tools', () => {
  it('a scenario created and deleted with the tools shows in the audit log, by event and by author', async () => {
    const created = await h.call('scenarios_create', {
      teamId: 22,
      blueprint: { name: 'Audited', flow: [], metadata: { version: 1 } },
      scheduling: { type: 'on-demand' },
    });
    const scenarioId = (created.structuredContent as { id: number }).id;
    await h.call('scenarios_delete', { scenarioId, confirm: true });

    const found = await h.call('audit-logs_list-organization', { organizationId: 11, event: 'scenario_deleted' });
    expect(found.isError, found.text).toBeFalsy();
    const entries = (found.structuredContent as { auditLogs: Record<string, any>[] }).auditLogs;
    expect(entries).toEqual([
      expect.objectContaining({
        eventName: 'scenario_deleted',
        targetId: String(scenarioId),
        team: { id: 22, name: 'Sandbox Team' },
        actor: expect.objectContaining({ id: 33 }),
      }),
    ]);
    const byAuthor = await h.call('audit-logs_list-team', { teamId: 22, author: 33, dateFrom: '2026-01-02' });
    const names = (byAuthor.structuredContent as { auditLogs: { eventName: string }[] }).auditLogs.map(
      (e) => e.eventName,
    );
    expect(names).toEqual(['scenario_deleted', 'scenario_created']);

    const one = await h.call('audit-logs_get', { organizationId: 11, uuid: entries[0].uuid });
    expect(one.structuredContent).toMatchObject({ ...entries[0], details: { fields: [] } });
  });
});
