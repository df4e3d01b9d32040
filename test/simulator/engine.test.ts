// The simulator's generic engine and its special behaviours, over raw HTTP as Make's clients call Make.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { SEED_PARAMS } from '../../src/simulator/seed-ids.js';
import examples from '../../src/simulator/examples.json' with { type: 'json' };
import { call } from '../helpers/sim-call.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerMinute: 100_000 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

describe('engine: collections keyed by path shape', () => {
  it("creates, lists, gets, updates and deletes a nested resource, with Make's envelopes", async () => {
    const created = await call(sim, 'POST', '/teams/22/variables', {
      body: { name: 'REGION', typeId: 1, value: 'eu' },
    });
    expect(created.status).toBe(200);
    expect(created.json.teamVariable).toMatchObject({ name: 'REGION', value: 'eu' });
    const list = await call(sim, 'GET', '/teams/22/variables');
    expect(list.json.teamVariables.map((v: { name: string }) => v.name).sort()).toEqual(['API_BASE', 'REGION']);
    const updated = await call(sim, 'PATCH', '/teams/22/variables/REGION', { body: { typeId: 1, value: 'us' } });
    expect(updated.json.teamVariable).toMatchObject({ name: 'REGION', value: 'us' });
    const removed = await call(sim, 'DELETE', '/teams/22/variables/REGION');
    expect(removed.status).toBe(200);
    expect((await call(sim, 'PATCH', '/teams/22/variables/REGION', { body: { typeId: 1, value: 'x' } })).status).toBe(
      404,
    );
  });

  it('answers 404 under a parent that does not exist, and for an unknown item', async () => {
    expect((await call(sim, 'GET', '/teams/999/variables')).status).toBe(404);
    const missing = await call(sim, 'GET', '/hooks/424242');
    expect(missing.status).toBe(404);
    expect(missing.json.code).toBe('SC404');
  });

  it("answers Make's 400 for a missing required parameter, an unknown one, a wrong type or value", async () => {
    const cases: [string, string, unknown, string][] = [
      ['GET', '/hooks', undefined, 'teamId'],
      ['GET', '/data-stores?teamId=abc', undefined, 'teamId'],
      ['GET', '/data-stores?teamId=22&pg%5BsortDir%5D=sideways', undefined, 'pg[sortDir]'],
      ['POST', '/data-stores', { name: 'x', teamId: 22, datastructureId: 801 }, 'maxSizeMB'],
      ['POST', '/data-stores', { name: 'x', teamId: 22, datastructureId: 801, maxSizeMB: 1, colour: 'red' }, 'colour'],
    ];
    for (const [method, path, body, parameter] of cases) {
      const r = await call(sim, method, path, { body });
      expect(r.status, `${method} ${path}`).toBe(400);
      expect(
        r.json.suberrors.map((s: { parameter: string }) => s.parameter),
        `${method} ${path}`,
      ).toContain(parameter);
    }
    expect(sim.applied).toEqual([]);
  });

  it('filters lists by the query, pages with pg[offset]/pg[limit], and keeps only cols[]', async () => {
    for (const name of ['b-store', 'a-store']) {
      await call(sim, 'POST', '/data-stores', { body: { name, teamId: 22, datastructureId: 801, maxSizeMB: 1 } });
    }
    const page = await call(sim, 'GET', '/data-stores?teamId=22&pg%5BsortBy%5D=name&pg%5Blimit%5D=2&cols%5B%5D=name');
    expect(page.json.dataStores).toEqual([{ name: 'a-store' }, { name: 'b-store' }]);
    expect(page.json.pg).toMatchObject({ limit: 2, offset: 0 });
    expect((await call(sim, 'GET', '/data-stores?teamId=23')).json.dataStores).toEqual([]);
  });
});

describe('special behaviours', () => {
  it("seeds a collection's item as Make's document shows one, under the seeded ids", async () => {
    const example = examples['/hooks/{hookId}/logs'] as Record<string, unknown>;
    const logs = await call(sim, 'GET', `/hooks/${SEED_PARAMS.hookId}/logs`);
    const seeded = logs.json.hookLogs[0];
    expect(Object.keys(seeded)).toEqual(expect.arrayContaining(Object.keys(example)));
    expect(seeded).toMatchObject({
      statusId: example.statusId,
      parser: example.parser,
      data: example.data,
      teamId: SEED_IDS.team,
      organizationId: SEED_IDS.organization,
    });
  });

  it('runs a scenario only while it is active, and the run shows in its executions', async () => {
    const inactive = await call(sim, 'POST', '/scenarios/502/run', { body: { responsive: true } });
    expect(inactive.status).toBe(400);
    expect(inactive.json).toMatchObject({ message: 'Scenario is not activated.' });
    await call(sim, 'POST', '/scenarios/502/start');
    expect((await call(sim, 'GET', '/scenarios/502')).json.scenario.isActive).toBe(true);
    const run = await call(sim, 'POST', '/scenarios/502/run', { body: { data: { invoice: 7 }, responsive: true } });
    expect(run.json).toEqual({ executionId: expect.stringMatching(/^[0-9a-f]{32}$/), status: 1 });
    const logs = await call(sim, 'GET', '/scenarios/502/logs');
    expect(logs.json.scenarioLogs.map((l: { id: string }) => l.id)).toContain(run.json.executionId);
    // the log entry has the fields of Make's scenario logs
    const entry = logs.json.scenarioLogs.find((l: { id: string }) => l.id === run.json.executionId);
    expect(entry).toMatchObject({
      imtId: expect.stringMatching(new RegExp(`^\\d+_scenario\\.502\\.manual\\.${run.json.executionId}$`)),
      organizationId: SEED_IDS.organization,
      teamId: SEED_IDS.team,
      type: 'manual',
      authorId: SEED_IDS.user,
      instant: true,
      status: 1,
      operations: 1,
      duration: 250,
      transfer: Buffer.byteLength(JSON.stringify([{ invoice: 7 }, null])),
    });
    expect(Date.parse(entry.timestamp)).toBeGreaterThan(0);
    await call(sim, 'POST', '/scenarios/502/stop');
    expect((await call(sim, 'POST', '/scenarios/502/run', { body: {} })).status).toBe(400);
  });

  it('keeps a version of the blueprint per update, and clones a scenario as a new inactive one', async () => {
    const blueprint = { name: 'Sync', flow: [{ id: 1, module: 'http:ActionSendData' }], metadata: {} };
    await call(sim, 'PATCH', '/scenarios/501', { body: { blueprint: JSON.stringify(blueprint) } });
    expect(
      (await call(sim, 'GET', '/scenarios/501/blueprints')).json.scenariosBlueprints.map(
        (v: { version: number }) => v.version,
      ),
    ).toEqual([1, 2]);
    expect((await call(sim, 'GET', '/scenarios/501/blueprint')).json.response.blueprint).toEqual(blueprint);
    expect((await call(sim, 'GET', '/scenarios/501/blueprint?blueprintId=1')).json.response.blueprint).not.toEqual(
      blueprint,
    );
    const clone = await call(sim, 'POST', '/scenarios/501/clone?organizationId=11', {
      body: { name: 'Copy', teamId: 22, states: false },
    });
    expect(clone.json.scenario).toMatchObject({ name: 'Copy', isActive: false });
    expect(clone.json.scenario.id).not.toBe(501);
  });

  it('keys data store records: create, replace, update fields, delete by key', async () => {
    const created = await call(sim, 'POST', '/data-stores/701/data', {
      body: { key: 'k9', data: { email: 'x@example.com', plan: 'pro' } },
    });
    expect(created.json).toEqual({ key: 'k9', data: { email: 'x@example.com', plan: 'pro' } });
    expect((await call(sim, 'POST', '/data-stores/701/data', { body: { key: 'k9', data: {} } })).status).toBe(400);
    await call(sim, 'PATCH', '/data-stores/701/data/k9', { body: { plan: 'free' } });
    expect((await call(sim, 'GET', '/data-stores/701/data')).json.records).toContainEqual({
      key: 'k9',
      data: { email: 'x@example.com', plan: 'free' },
    });
    await call(sim, 'PUT', '/data-stores/701/data/k9', { body: { plan: 'team' } });
    expect((await call(sim, 'GET', '/data-stores/701/data')).json.records).toContainEqual({
      key: 'k9',
      data: { plan: 'team' },
    });
    const removed = await call(sim, 'DELETE', '/data-stores/701/data', { body: { keys: ['k9', 'rec-1'] } });
    expect(removed.json.keys).toEqual(['k9', 'rec-1']);
    expect((await call(sim, 'GET', '/data-stores/701/data')).json.count).toBe(1);
  });

  it('enables, disables and puts a hook in learning mode', async () => {
    await call(sim, 'POST', '/hooks/601/disable');
    expect((await call(sim, 'GET', '/hooks/601')).json.hook.enabled).toBe(false);
    await call(sim, 'POST', '/hooks/601/enable');
    await call(sim, 'POST', '/hooks/601/learn-start');
    expect((await call(sim, 'GET', '/hooks/601')).json.hook).toMatchObject({ enabled: true, learning: true });
  });
});

describe('custom apps', () => {
  const JSONC = '{\n  // where the API lives\n  "url": "https://api.acme.example", /* v2 */\n  "method": "GET"\n}\n';
  const put = (path: string, text: string, type: string) =>
    fetch(`${sim.url}/api/v2${path}`, {
      method: 'PUT',
      headers: { authorization: 'Token sandbox-token', 'content-type': type },
      body: text,
    });
  const get = (path: string) =>
    fetch(`${sim.url}/api/v2${path}`, { headers: { authorization: 'Token sandbox-token' } });

  it("creates an app, keeps a module's jsonc section byte for byte, and commits the changes", async () => {
    const created = await call(sim, 'POST', '/sdk/apps', {
      body: { name: 'acme-crm', label: 'Acme CRM', theme: '#123456', language: 'en', private: true },
    });
    expect(created.json.app).toMatchObject({ name: 'acme-crm', version: 1 });
    expect((await call(sim, 'GET', '/sdk/apps')).json.apps.map((a: { name: string }) => a.name)).toContain('acme-crm');
    await call(sim, 'POST', '/sdk/apps/acme-crm/1/modules', {
      body: { name: 'CreateMessage', label: 'Create a message', typeId: 4 },
    });
    expect((await put('/sdk/apps/acme-crm/1/modules/CreateMessage/api', JSONC, 'application/jsonc')).status).toBe(200);
    const read = await get('/sdk/apps/acme-crm/1/modules/CreateMessage/api');
    expect(read.headers.get('content-type')).toBe('application/jsonc');
    expect(await read.text()).toBe(JSONC);
    const code = 'function formatDate(d) {\n  return d; // as is\n}';
    expect((await put('/sdk/apps/acme-crm/1/functions/formatDate/code', code, 'text/plain')).status).toBe(404); // no such function yet
    await call(sim, 'POST', '/sdk/apps/acme-crm/1/functions', { body: { name: 'formatDate' } });
    expect((await put('/sdk/apps/acme-crm/1/functions/formatDate/code', code, 'text/plain')).status).toBe(200);
    expect(await (await get('/sdk/apps/acme-crm/1/functions/formatDate/code')).text()).toBe(code);
    const committed = await call(sim, 'POST', '/sdk/apps/acme-crm/1/commit', { body: { message: 'first module' } });
    expect(committed.json.committed).toHaveLength(2);
    const change = await call(sim, 'GET', `/sdk/apps/acme-crm/1/changes/${committed.json.committed[0]}`);
    expect(change.json.change).toMatchObject({
      code: 'modules/CreateMessage/api',
      committed: true,
      message: 'first module',
    });
  });

  it('refuses a section the document does not list, and JSON sent where text is expected', async () => {
    expect((await put('/sdk/apps/slack/1/colours', '{}', 'application/jsonc')).status).toBe(400);
    expect((await call(sim, 'PUT', '/sdk/apps/slack/1/base', { body: { a: 1 } })).status).toBe(400);
    expect((await put('/sdk/apps/slack/1/base', '{ /* base */ }', 'application/jsonc')).status).toBe(200);
  });
});
