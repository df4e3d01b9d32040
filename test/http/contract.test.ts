// Every tool, called with its example through a real MCP client, reaches its Make route on the simulator (whose
// route table comes from Make's inventory and document, not from tools/), succeeds, and carries every argument.
// For the connections tools the exact requests are also written out here from Make's API reference.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pathOf, placeholdersOf, type Endpoint } from '../../src/endpoint.js';
import { allEndpoints } from '../../src/pipeline/select.js';
import { matchRoute } from '../../src/simulator/routes.js';
import { jsonTypeOf } from '../helpers/zod-sample.js';
import { toolsets } from '../../tools/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { makeRouteOf } from '../helpers/routes.js';

interface Expected {
  method: string;
  path: string;
  query?: [string, string][];
  body?: unknown;
}

const EXPECTED: Record<string, Expected> = {
  connections_list: {
    method: 'GET',
    path: '/api/v2/connections',
    query: [
      ['teamId', '22'],
      ['type[]', 'slack'],
      ['cols[]', 'id'],
      ['cols[]', 'name'],
      ['cols[]', 'accountName'],
    ],
  },
  connections_get: { method: 'GET', path: '/api/v2/connections/102' },
  connections_create: {
    method: 'POST',
    path: '/api/v2/connections',
    query: [['teamId', '22']],
    body: { accountName: 'Reporting API', accountType: 'http', apiKey: 'example-key' },
  },
  connections_update: { method: 'PATCH', path: '/api/v2/connections/102', body: { name: 'Google (marketing)' } },
  'connections_list-editable-parameters': { method: 'GET', path: '/api/v2/connections/103/editable-data-schema' },
  'connections_set-data': {
    method: 'POST',
    path: '/api/v2/connections/103/set-data',
    body: { url: 'https://api.example.com', apiKey: 'new-key' },
  },
  connections_delete: { method: 'DELETE', path: '/api/v2/connections/102' },
  connections_verify: { method: 'POST', path: '/api/v2/connections/101/test', body: {} },
  'connections_check-scopes': {
    method: 'POST',
    path: '/api/v2/connections/102/scoped',
    body: { scope: ['https://www.googleapis.com/auth/drive'] },
  },
};

const endpoints = allEndpoints(toolsets);
let h: Harness;

beforeAll(async () => {
  // hundreds of calls: neither our limiter nor the simulator's may be what a test measures here
  h = await startHarness({ sim: { rateLimitPerMinute: 1_000_000 }, config: { rateLimit: 1_000_000 } });
});
afterAll(() => h.close());
beforeEach(() => h.sim.reset());

/** What the simulator must have received for an example: the path, and each argument in the query or the body. */
function argumentsMissing(
  e: Endpoint,
  example: Record<string, unknown>,
  sent: { path: string; query: [string, string][]; body: unknown },
): string[] {
  const missing: string[] = [];
  const path =
    '/api/v2' + pathOf(e.route).replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(example[name])));
  if (sent.path !== path) missing.push(`path ${path}`);
  const body = (sent.body ?? {}) as Record<string, unknown>;
  const inQuery = (name: string, value: unknown) => sent.query.some(([k, v]) => k === name && v === String(value));
  for (const [key, value] of Object.entries(example)) {
    if (placeholdersOf(e.route).includes(key) || value === undefined) continue;
    if (key === e.textBody?.input) {
      if (sent.body !== value) missing.push(`${key} as the text body`);
      continue;
    }
    if (key === e.spread) {
      for (const [field, v] of Object.entries(value as Record<string, unknown>))
        if (JSON.stringify(body[field]) !== JSON.stringify(v)) missing.push(`body ${field}`);
      continue;
    }
    const asText = e.jsonText?.includes(key) && typeof value !== 'string' ? JSON.stringify(value) : value;
    const inBody = JSON.stringify(body[key]) === JSON.stringify(asText);
    const queried = Array.isArray(value)
      ? value.every((item) => inQuery(`${(e.queryNames?.[key] ?? key).replace(/\[\]$/, '')}[]`, item))
      : inQuery(e.queryNames?.[key] ?? key, value) || inQuery(`pg[${key}]`, value);
    if (!inBody && !queried) missing.push(key);
  }
  return missing;
}

describe('contract: every tool against the simulator', () => {
  it('has hand-written expectations only for tools that exist', () => {
    for (const name of Object.keys(EXPECTED)) expect(endpoints.map((e) => e.name)).toContain(name);
  });

  for (const e of endpoints) {
    it(`${e.name} reaches its Make route with every argument of its example and succeeds`, async () => {
      const args = { ...e.example, ...(e.effect === 'destructive' ? { confirm: true } : {}) };
      const result = await h.call(e.name, args);
      expect(result.isError, result.text).toBeFalsy();
      expect(h.sim.requests).toHaveLength(1);
      const [sent] = h.sim.requests;
      expect(sent.route).toBe(makeRouteOf(e.route)?.key);
      expect(sent.token).toBe('sandbox-token');
      expect(argumentsMissing(e, e.example as Record<string, unknown>, sent), JSON.stringify(sent)).toEqual([]);
      const expected = EXPECTED[e.name];
      if (expected) {
        expect({ method: sent.method, path: sent.path, query: sent.query, body: sent.body }).toEqual({
          method: expected.method,
          path: expected.path,
          query: expected.query ?? [],
          body: expected.body,
        });
      }
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

describe('text bodies through the tools', () => {
  // every tool that writes text, with the tool that reads the same resource back (found by Make's route table)
  const writers = endpoints.filter((e) => e.textBody);
  const filledPath = (e: Endpoint) =>
    pathOf(e.route).replace(/\{([^}]+)\}/g, (_, n: string) => String((e.example as Record<string, unknown>)[n]));
  const readerOf = (e: Endpoint) => {
    const match = matchRoute('GET', filledPath(e).split('/').slice(1));
    const reader = match && endpoints.find((r) => makeRouteOf(r.route)?.key === match.route.key);
    if (!reader || !match) return undefined;
    // the reader may name the placeholders otherwise than Make's route: they match by position
    const values = match.route.segments.filter((s) => s.param).map((s) => match.params[s.param!]);
    return { reader, args: Object.fromEntries(placeholdersOf(reader.route).map((name, i) => [name, values[i]])) };
  };
  /** Text Make reads back differently. */
  const NO_READER: Record<string, string> = {
    'PUT /sdk/apps/{name}/{version}/icon': 'the icon is read per size, resized',
  };

  it('has a reader for every text writer', () => {
    for (const e of writers) if (!NO_READER[e.route]) expect(readerOf(e), e.name).toBeDefined();
  });

  for (const e of writers.filter((w) => !NO_READER[w.route])) {
    it(`${e.name} round-trips its text byte for byte through ${readerOf(e)?.reader.name}`, async () => {
      const text =
        e.textBody!.contentType === 'application/jsonc'
          ? '{\n  // kept: a comment\n  "url": "/items", /* and this */\n  "qs": {}\n}\n'
          : '// kept as written\nfunction f(x) {\n  return x;\n}\n';
      const written = await h.call(e.name, {
        ...e.example,
        [e.textBody!.input]: text,
        ...(e.effect === 'destructive' ? { confirm: true } : {}),
      });
      expect(written.isError, written.text).toBeFalsy();
      expect(h.sim.requests[0].body).toBe(text);
      const { reader, args } = readerOf(e)!;
      const pathArgs = Object.fromEntries(
        Object.entries(args).map(([k, v]) => [k, jsonTypeOf(reader.input[k]) === 'integer' ? Number(v) : v]),
      );
      const read = await h.call(reader.name, pathArgs);
      expect(read.isError, read.text).toBeFalsy();
      expect(read.text).toBe(text);
    });
  }
});

describe('connections behaviour through the tools', () => {
  it('lists, creates, renames and shows the change', async () => {
    const created = await h.call('connections_create', {
      teamId: 22,
      accountName: 'Ops API',
      accountType: 'http',
      data: { url: 'https://x.example', apiKey: 'k' },
    });
    const connection = created.structuredContent as { id: number; name: string };
    expect(connection.name).toBe('Ops API');
    await h.call('connections_update', { connectionId: connection.id, name: 'Ops API v2' });
    const list = await h.call('connections_list', { teamId: 22, cols: ['id', 'name'] });
    expect(JSON.parse(list.text)).toContainEqual({ id: connection.id, name: 'Ops API v2' });
  });

  it("deletes a connection used by a scenario only with confirm and Make's own confirmed", async () => {
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

  it("reports a connection that fails verification, and set-data's refusal for non-editable connections", async () => {
    const verified = await h.call('connections_verify', { connectionId: 104 });
    expect(verified.text).toBe('Verify connection (connection 104): verified false.'); // a statement, not a bare false
    expect(verified.structuredContent).toEqual({ verified: false });
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
