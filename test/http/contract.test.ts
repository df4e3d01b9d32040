// Every tool, called with its example through a real MCP client, sends exactly Make's documented request.
// The expectations are written here from Make's API reference, not derived from the declarations.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allEndpoints } from '../../src/registry.js';
import { toolsets } from '../../tools/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';

interface Expected {
  method: string;
  path: string;
  query?: [string, string][];
  body?: unknown;
}

const EXPECTED: Record<string, Expected> = {
  connections_list: { method: 'GET', path: '/api/v2/connections', query: [['teamId', '22'], ['type[]', 'slack'], ['cols[]', 'id'], ['cols[]', 'name'], ['cols[]', 'accountName']] },
  connections_get: { method: 'GET', path: '/api/v2/connections/102' },
  connections_create: { method: 'POST', path: '/api/v2/connections', query: [['teamId', '22']], body: { accountName: 'Reporting API', accountType: 'http', apiKey: 'example-key' } },
  connections_update: { method: 'PATCH', path: '/api/v2/connections/102', body: { name: 'Google (marketing)' } },
  'connections_list-editable-parameters': { method: 'GET', path: '/api/v2/connections/103/editable-data-schema' },
  'connections_set-data': { method: 'POST', path: '/api/v2/connections/103/set-data', body: { url: 'https://api.example.com', apiKey: 'new-key' } },
  connections_delete: { method: 'DELETE', path: '/api/v2/connections/102' },
  connections_verify: { method: 'POST', path: '/api/v2/connections/101/test', body: {} },
  'connections_check-scopes': { method: 'POST', path: '/api/v2/connections/102/scoped', body: { scope: ['https://www.googleapis.com/auth/drive'] } },
};

const endpoints = allEndpoints(toolsets);
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.sim.reset());

describe('contract: every tool against the simulator', () => {
  it('has an expectation for every tool in the catalogue', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(endpoints.map((e) => e.name).sort());
  });

  for (const e of endpoints) {
    it(`${e.name} sends exactly the documented request and succeeds`, async () => {
      const args = { ...e.example, ...(e.effect === 'destructive' ? { confirm: true } : {}) };
      const result = await h.call(e.name, args);
      expect(result.isError, result.text).toBeFalsy();
      expect(h.sim.requests).toHaveLength(1);
      const [sent] = h.sim.requests;
      const expected = EXPECTED[e.name];
      expect({ method: sent.method, path: sent.path, query: sent.query, body: sent.body }).toEqual({
        method: expected.method,
        path: expected.path,
        query: expected.query ?? [],
        body: expected.body,
      });
      expect(sent.token).toBe('sandbox-token');
      expect(sent.route).toBe(e.route);
    });
  }

  for (const e of endpoints.filter((x) => x.effect === 'destructive')) {
    it(`${e.name} without confirm sends nothing and previews the request`, async () => {
      for (const confirm of [undefined, false]) {
        const result = await h.call(e.name, { ...e.example, ...(confirm === undefined ? {} : { confirm }) });
        expect(result.isError).toBe(true);
        expect(result.text).toMatch(/^Not executed: would (POST|DELETE|PUT|PATCH) \//);
        expect(result.text).toContain('confirm: true');
      }
      expect(h.sim.requests).toHaveLength(0);
      expect(h.sim.applied).toHaveLength(0);
    });
  }
});

describe('connections behaviour through the tools', () => {
  it('lists, creates, renames and shows the change', async () => {
    const created = await h.call('connections_create', { teamId: 22, accountName: 'Ops API', accountType: 'http', data: { url: 'https://x.example', apiKey: 'k' } });
    const connection = created.structuredContent as { id: number; name: string };
    expect(connection.name).toBe('Ops API');
    await h.call('connections_update', { connectionId: connection.id, name: 'Ops API v2' });
    const list = await h.call('connections_list', { teamId: 22, cols: ['id', 'name'] });
    expect(JSON.parse(list.text)).toContainEqual({ id: connection.id, name: 'Ops API v2' });
  });

  it('deletes a connection used by a scenario only with confirm and Make\'s own confirmed', async () => {
    const refused = await h.call('connections_delete', { connectionId: 101, confirm: true });
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain('IM004');
    expect(refused.text).toContain('confirmed: true');
    expect(h.sim.requests[0].query).toEqual([]); // Make's flag is never sent implicitly
    const done = await h.call('connections_delete', { connectionId: 101, confirm: true, confirmed: true });
    expect(done.isError, done.text).toBeFalsy();
    expect(h.sim.requests[1].query).toEqual([['confirmed', 'true']]);
    const gone = await h.call('connections_get', { connectionId: 101 });
    expect(gone.isError).toBe(true);
    expect(gone.text).toContain('connections_list');
  });

  it('reports a connection that fails verification, and set-data\'s refusal for non-editable connections', async () => {
    expect(JSON.parse((await h.call('connections_verify', { connectionId: 104 })).text)).toBe(false);
    const refused = await h.call('connections_set-data', { connectionId: 101, data: { apiKey: 'x' }, confirm: true });
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain('Cannot edit this connection.');
  });

  it('rejects bad input naming the field, and sends nothing', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['connections_get', { connectionId: 'abc' }, /connectionId/],
      ['connections_get', { connectionId: '../users/me' }, /connectionId/],
      ['connections_get', {}, /connectionId/],
      ['connections_list', { teamId: 22, cols: ['password'] }, /cols/],
      ['connections_update', { connectionId: 102, name: 'x', extra: 1 }, /extra/],
      ['connections_check-scopes', { connectionId: 102, scope: [] }, /scope/],
    ];
    for (const [name, args, field] of cases) {
      const result = await h.call(name, args);
      expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(result.text).toMatch(field);
    }
    expect(h.sim.requests).toHaveLength(0);
  });
});
