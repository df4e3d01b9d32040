// The audit log: writes leave entries with the fields of Make's document, read by organization, team or uuid with
// the filters Make documents.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import examples from '../../src/simulator/examples.json' with { type: 'json' };
import { SEED_IDS, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { SEED_PARAMS } from '../../src/simulator/seed-ids.js';
import { call } from '../helpers/sim-call.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerMinute: 100_000 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

type Entry = Record<string, any>;
const ORG = `/audit-logs/organization/${SEED_IDS.organization}`;
const TEAM = `/audit-logs/team/${SEED_IDS.team}`;
const list = async (path: string) => (await call(sim, 'GET', path)).json.auditLogs as Entry[];
const events = (entries: Entry[]) => entries.map((e) => `${e.eventName} ${e.targetId}`);

const newScenario = async () =>
  (
    await call(sim, 'POST', '/scenarios', {
      body: { teamId: SEED_IDS.team, blueprint: '{"name":"x","flow":[]}', scheduling: '{"type":"on-demand"}' },
    })
  ).json.scenario.id as number;

describe('audit log entries', () => {
  it("a write appends an entry with exactly the fields of Make's example, about the write", async () => {
    const before = Date.now();
    const id = await newScenario();
    const [entry] = await list(ORG);
    expect(Object.keys(entry).sort()).toEqual(
      Object.keys(examples['/audit-logs/organization'])
        .filter((k) => k !== 'version') // Make shows a version change only where there is one
        .sort(),
    );
    expect(entry).toEqual({
      uuid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      createdAt: entry.triggeredAt,
      triggeredAt: expect.any(String),
      organizationId: SEED_IDS.organization,
      organization: { id: SEED_IDS.organization, name: 'Sandbox Org' },
      eventName: 'scenario_created',
      team: { id: SEED_IDS.team, name: 'Sandbox Team' },
      actor: { id: SEED_IDS.user, name: 'Sandbox User', email: 'sandbox.user@example.com' },
      targetId: String(id),
    });
    expect(Date.parse(entry.triggeredAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('records creation, change, switching and deletion across resources, newest first; reads and failures none', async () => {
    const id = await newScenario();
    await call(sim, 'PATCH', `/scenarios/${id}`, { body: { name: 'Renamed' } });
    await call(sim, 'PATCH', `/scenarios/${id}/interface`, { body: { interface: { input: [], output: [] } } });
    await call(sim, 'POST', `/scenarios/${id}/start`);
    await call(sim, 'POST', `/scenarios/${id}/run`, { body: {} }); // a run is in the scenario's logs, not here
    await call(sim, 'POST', `/scenarios/${id}/start`); // refused: already running
    await call(sim, 'DELETE', `/scenarios/${id}`);
    await call(sim, 'POST', '/hooks/601/disable');
    await call(sim, 'POST', '/teams/22/variables', { body: { name: 'REGION', typeId: 1, value: 'eu' } });
    await call(sim, 'DELETE', '/data-stores/701');
    await call(sim, 'GET', '/scenarios/501');
    await call(sim, 'DELETE', '/keys/424242'); // 404: nothing changed
    expect(events(await list(ORG))).toEqual([
      'data_store_deleted 701',
      'team_variable_created REGION',
      'webhook_disabled 601',
      `scenario_deleted ${id}`,
      `scenario_activated ${id}`,
      `scenario_updated ${id}`,
      `scenario_updated ${id}`,
      `scenario_created ${id}`,
      `connection_created ${SEED_IDS.connections.slack}`, // the seeded entry
    ]);
    // a deleted target keeps its team: the entry was made from the item as it was
    expect((await list(ORG))[0].team).toEqual({ id: SEED_IDS.team, name: 'Sandbox Team' });
  });

  it('filters by event, author, team and day, sorts and pages, and counts on request', async () => {
    await newScenario();
    await call(sim, 'POST', '/hooks/601/disable');
    expect(events(await list(`${ORG}?event=webhook_disabled`))).toEqual(['webhook_disabled 601']);
    expect(await list(`${ORG}?event=webhook_disabled&event=scenario_created`)).toHaveLength(2);
    expect(await list(`${ORG}?author=${SEED_IDS.user}`)).toHaveLength(3);
    expect(await list(`${ORG}?author=Sandbox%20User`)).toHaveLength(3);
    expect(await list(`${ORG}?author=34`)).toEqual([]);
    expect(await list(`${ORG}?team=Sandbox%20Team`)).toHaveLength(3);
    expect(await list(`${ORG}?team=23`)).toEqual([]);
    // the seeded entry is of 2026-01-01 09:00 UTC: a day includes all of it
    expect(events(await list(`${ORG}?dateFrom=2026-01-01&dateTo=2026-01-01`))).toEqual([
      `connection_created ${SEED_IDS.connections.slack}`,
    ]);
    expect(await list(`${ORG}?dateTo=2025-12-31`)).toEqual([]);
    expect(await list(`${ORG}?dateFrom=2026-01-02`)).toHaveLength(2);
    const oldest = await call(sim, 'GET', `${ORG}?pg%5BsortDir%5D=asc&pg%5Blimit%5D=1&pg%5BreturnTotalCount%5D=true`);
    expect(events(oldest.json.auditLogs)).toEqual([`connection_created ${SEED_IDS.connections.slack}`]);
    expect(oldest.json.pg).toEqual({ sortBy: 'triggeredAt', sortDir: 'asc', offset: 0, limit: 1, totalCount: 3 });
    const bad = await call(sim, 'GET', `${ORG}?dateFrom=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.json.suberrors[0].parameter).toBe('dateFrom');
  });

  it("a team's log holds its team's entries; an entry by uuid has its details; unknown ones are 404", async () => {
    await call(sim, 'POST', `/organizations/${SEED_IDS.organization}/variables`, {
      body: { name: 'ORG_WIDE', typeId: 1, value: 'x' },
    });
    await call(sim, 'PATCH', '/connections/103', { body: { name: 'Billing' } });
    expect(events(await list(ORG))).toContain('organization_variable_created ORG_WIDE');
    const team = await list(TEAM);
    expect(events(team)).toEqual(['connection_updated 103', `connection_created ${SEED_IDS.connections.slack}`]);
    const detail = await call(sim, 'GET', `/audit-logs/${SEED_IDS.organization}/${team[0].uuid}`);
    expect(detail.json).toEqual({ ...team[0], details: { name: 'Billing', fields: ['name'] } });
    const seeded = await call(sim, 'GET', `/audit-logs/${SEED_IDS.organization}/${SEED_PARAMS.uuid}`);
    expect(seeded.json).toMatchObject({ uuid: SEED_PARAMS.uuid, eventName: 'connection_created' });
    expect((await call(sim, 'GET', `/audit-logs/${SEED_IDS.organization}/no-such-entry`)).status).toBe(404);
    expect((await call(sim, 'GET', '/audit-logs/team/999')).status).toBe(404);
    expect((await call(sim, 'GET', '/audit-logs/organization/999')).status).toBe(404);
  });

  it("the filters name the organization's users and teams, and the events the log records", async () => {
    const filters = (await call(sim, 'GET', `${ORG}/filters`)).json;
    expect(filters.users).toEqual([{ id: SEED_IDS.user, name: 'Sandbox User', email: 'sandbox.user@example.com' }]);
    expect(filters.teams).toEqual([{ id: SEED_IDS.team, name: 'Sandbox Team' }]);
    const webhooks = filters.events.find((g: { header: string }) => g.header === 'Webhooks');
    expect(webhooks.items).toEqual(
      ['webhook_created', 'webhook_deleted', 'webhook_disabled', 'webhook_enabled', 'webhook_updated'].map((value) => ({
        label: expect.stringMatching(/^Webhook /),
        value,
      })),
    );
    const team = (await call(sim, 'GET', `${TEAM}/filters`)).json;
    expect(team).toEqual({ users: filters.users, events: filters.events });
  });
});
