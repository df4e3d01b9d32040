import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { startSimulator, SANDBOX_TOKEN, ALL_SCOPES, SEED_IDS, type Simulator } from '../../src/simulator/index.js';
import { collectionAt } from '../../src/simulator/engine.js';
import type { Connection } from '../../src/simulator/types.js';
import { call } from '../helpers/sim-call.js';

const ORG = SEED_IDS.organization;
const TEAM = SEED_IDS.team;
const SLACK = SEED_IDS.connections.slack; // used by a scenario, not editable
const GOOGLE = SEED_IDS.connections.google;
const HTTP = SEED_IDS.connections.http; // editable
const BAD = SEED_IDS.connections.airtableInvalid; // verifies false

function expectMakeError(json: any, code?: string) {
  expect(typeof json.detail).toBe('string');
  expect(typeof json.message).toBe('string');
  expect(typeof json.code).toBe('string');
  if (code) expect(json.code).toBe(code);
}

/** The connections the simulator holds, as its engine keeps them. */
const connectionsOf = (sim: Simulator) => [...collectionAt(sim.state, '/connections').values()] as Connection[];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('simulator: auth, scopes, routing', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({
      tokens: {
        [SANDBOX_TOKEN]: ALL_SCOPES,
        'write-only': ['connections:write'],
        'read-only': ['connections:read'],
      },
    });
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.reset());

  it('listens on 127.0.0.1 and exports the scopes of the route table', () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ALL_SCOPES).toContain('connections:read');
    expect(ALL_SCOPES).toContain('connections:write');
    expect(ALL_SCOPES).toContain('scenarios:run');
    expect(ALL_SCOPES.every((s) => /^[a-z-]+:[a-z]+$/.test(s))).toBe(true);
  });

  it('401 without a token or with an unknown token', async () => {
    const a = await call(sim, 'GET', '/users/me', { token: null });
    expect(a.status).toBe(401);
    expectMakeError(a.json, 'SC401');
    expect(a.headers.get('content-type')).toMatch(/application\/json/);
    const b = await call(sim, 'GET', `/connections?teamId=${TEAM}`, { token: 'nope' });
    expect(b.status).toBe(401);
    expectMakeError(b.json, 'SC401');
  });

  it('403 naming the missing scope: write does not imply read', async () => {
    const r = await call(sim, 'GET', `/connections?teamId=${TEAM}`, { token: 'write-only' });
    expect(r.status).toBe(403);
    expectMakeError(r.json, 'SC403');
    expect(r.json.detail).toContain('connections:read');
    const w = await call(sim, 'POST', `/connections/${SLACK}/test`, { token: 'read-only' });
    expect(w.status).toBe(403);
    expect(w.json.detail).toContain('connections:write');
    // the write-only token may still write
    const ok = await call(sim, 'POST', `/connections/${HTTP}/test`, { token: 'write-only' });
    expect(ok.status).toBe(200);
  });

  it('routes with no scope need none', async () => {
    const r = await call(sim, 'GET', '/users/me/current-authorization', { token: 'write-only' });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ authorization: { scope: ['connections:write'], authUsed: 'token' } });
  });

  it('404 with Make body for unknown routes and wrong methods', async () => {
    const a = await call(sim, 'GET', '/no-such-thing');
    expect(a.status).toBe(404);
    expectMakeError(a.json, 'SC404');
    const b = await call(sim, 'PUT', `/connections/${SLACK}`);
    expect(b.status).toBe(404);
    expect(sim.requests.at(-1)?.route).toBeNull();
    const c = await fetch(`${sim.url}/connections`, { headers: { authorization: `Token ${SANDBOX_TOKEN}` } });
    expect(c.status).toBe(404);
  });

  it('an encoded ..%2Fusers%2Fme stays one connection id (404), never the /users/me route', async () => {
    const r = await call(sim, 'GET', '/connections/..%2Fusers%2Fme');
    expect(r.status).toBe(404);
    expectMakeError(r.json, 'SC404');
    expect(r.json.authUser).toBeUndefined();
    const rec = sim.requests.at(-1)!;
    expect(rec.route).toBe('GET /connections/{connectionId}');
    expect(rec.path).toBe('/api/v2/connections/..%2Fusers%2Fme');
    expect(rec.status).toBe(404);
  });

  it('literal segments win over parameters', async () => {
    await call(sim, 'GET', '/organizations/invitation');
    expect(sim.requests.at(-1)?.route).toBe('GET /organizations/invitation');
    await call(sim, 'GET', '/scenarios/consumptions?teamId=22');
    expect(sim.requests.at(-1)?.route).toBe('GET /scenarios/consumptions');
    await call(sim, 'GET', `/organizations/${ORG}`);
    expect(sim.requests.at(-1)?.route).toBe('GET /organizations/{organizationId}');
  });

  it('serves routes without a handler of their own through the engine, after auth and scope', async () => {
    const r = await call(sim, 'GET', `/scenarios?teamId=${TEAM}`);
    expect(r.status).toBe(200);
    expect(r.json.scenarios.map((s: { id: number }) => s.id)).toEqual([501, 502, 510, 511, 512, 513, 514, 515]);
    expect(r.json.pg).toMatchObject({ offset: 0 });
    const missing = await call(sim, 'GET', '/scenarios');
    expect(missing.status).toBe(400);
    expect(missing.json.suberrors[0].message).toBe("Missing value of required parameter 'teamId'.");
    const unknown = await call(sim, 'GET', `/scenarios?teamId=${TEAM}&colour=red`);
    expect(unknown.status).toBe(400);
    expect(unknown.json.suberrors[0].parameter).toBe('colour');
    const denied = await call(sim, 'GET', `/scenarios?teamId=${TEAM}`, { token: 'read-only' });
    expect(denied.status).toBe(403);
    const unauth = await call(sim, 'GET', `/scenarios?teamId=${TEAM}`, { token: null });
    expect(unauth.status).toBe(401);
  });

  it('records requests with decoded query pairs, body, token, status, route', async () => {
    await call(sim, 'GET', `/connections?teamId=${TEAM}&cols%5B%5D=id&cols[]=name`);
    await call(sim, 'PATCH', `/connections/${HTTP}`, { body: { name: 'X' } });
    const [a, b] = sim.requests;
    expect(a).toEqual({
      method: 'GET',
      path: '/api/v2/connections',
      query: [
        ['teamId', String(TEAM)],
        ['cols[]', 'id'],
        ['cols[]', 'name'],
      ],
      body: undefined,
      token: SANDBOX_TOKEN,
      status: 200,
      route: 'GET /connections',
    });
    expect(b.body).toEqual({ name: 'X' });
    expect(b.route).toBe('PATCH /connections/{connectionId}');
    expect(sim.applied).toEqual([{ route: 'PATCH /connections/{connectionId}', id: HTTP }]);
  });

  it('400 for an unparseable JSON body', async () => {
    const r = await call(sim, 'PATCH', `/connections/${HTTP}`, { rawBody: '{"name": ' });
    expect(r.status).toBe(400);
    expectMakeError(r.json, 'SC400');
    expect(sim.applied).toEqual([]);
  });
});

describe('simulator: users and organizations', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimitPerMinute: 120 });
  });
  afterAll(() => sim.close());

  it('GET /users/me/current-authorization lists the token scopes', async () => {
    const r = await call(sim, 'GET', '/users/me/current-authorization');
    expect(r.status).toBe(200);
    expect(r.json.authorization.scope).toEqual(ALL_SCOPES);
    expect(r.json.authorization.authUsed).toBe('token');
  });

  it('GET /users/me returns authUser', async () => {
    const r = await call(sim, 'GET', '/users/me');
    expect(r.status).toBe(200);
    expect(r.json.authUser.id).toBe(SEED_IDS.user);
    expect(typeof r.json.authUser.email).toBe('string');
    expect(sim.requests.at(-1)?.route).toBe('GET /users/me');
  });

  it('GET /organizations/{id} carries license.apiLimit; unknown id is 404', async () => {
    const r = await call(sim, 'GET', `/organizations/${ORG}`);
    expect(r.status).toBe(200);
    expect(r.json.organization).toMatchObject({ id: ORG, name: 'Sandbox Org', license: { apiLimit: 120 } });
    expect(typeof r.json.organization.zone).toBe('string');
    expect(r.json.organization.teams).toEqual([{ id: TEAM, name: expect.any(String) }]);
    const missing = await call(sim, 'GET', '/organizations/999');
    expect(missing.status).toBe(404);
    expectMakeError(missing.json, 'SC404');
    const junk = await call(sim, 'GET', '/organizations/abc');
    expect(junk.status).toBe(404);
  });
});

describe('simulator: connections', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.reset());

  it('lists the seeded connections of a team, sorted by name', async () => {
    const r = await call(sim, 'GET', `/connections?teamId=${TEAM}`);
    expect(r.status).toBe(200);
    const ids = r.json.connections.map((c: any) => c.id).sort();
    expect(ids).toEqual([SLACK, GOOGLE, HTTP, BAD].sort());
    const names = r.json.connections.map((c: any) => c.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    const slack = r.json.connections.find((c: any) => c.id === SLACK);
    expect(slack).toMatchObject({
      accountName: 'slack',
      accountLabel: 'Slack',
      accountType: 'oauth',
      teamId: TEAM,
      editable: false,
    });
    expect(slack.scopes).toBeUndefined();
  });

  it('list: teamId is required and numeric; unknown team is refused', async () => {
    const none = await call(sim, 'GET', '/connections');
    expect(none.status).toBe(400);
    expectMakeError(none.json, 'SC400');
    expect(none.json.suberrors[0].message).toContain('teamId');
    const nan = await call(sim, 'GET', '/connections?teamId=abc');
    expect(nan.status).toBe(400);
    const other = await call(sim, 'GET', '/connections?teamId=9999');
    expect(other.status).toBe(403);
    expectMakeError(other.json, 'SC403');
  });

  it('list: type[] filters on accountName and cols[] limits fields', async () => {
    const r = await call(
      sim,
      'GET',
      `/connections?teamId=${TEAM}&type[]=google&type[]=http&cols[]=id&cols[]=accountName`,
    );
    expect(r.status).toBe(200);
    expect(r.json.connections.map((c: any) => c.id).sort()).toEqual([GOOGLE, HTTP].sort());
    for (const c of r.json.connections) expect(Object.keys(c).sort()).toEqual(['accountName', 'id']);
    const bad = await call(sim, 'GET', `/connections?teamId=${TEAM}&cols[]=password`);
    expect(bad.status).toBe(400);
  });

  it('get: envelope, scopes, cols[]; unknown or non-numeric id is 404', async () => {
    const r = await call(sim, 'GET', `/connections/${GOOGLE}`);
    expect(r.status).toBe(200);
    expect(r.json.connection.id).toBe(GOOGLE);
    expect(r.json.connection.scopesCnt).toBe(3);
    expect(r.json.connection.scopes.map((s: any) => s.id)).toContain('https://www.googleapis.com/auth/drive');
    const c = await call(sim, 'GET', `/connections/${GOOGLE}?cols[]=name`);
    expect(c.json).toEqual({ connection: { name: 'Work Google' } });
    for (const id of ['424242', 'abc', '-1', '1.5']) {
      const m = await call(sim, 'GET', `/connections/${id}`);
      expect(m.status).toBe(404);
      expectMakeError(m.json, 'SC404');
    }
  });

  it('create then list shows it; ids come from a counter', async () => {
    const r = await call(sim, 'POST', `/connections?teamId=${TEAM}`, {
      body: { accountName: 'Marketing Slack', accountType: 'slack', scopes: ['chat:write'], clientId: 'abc' },
    });
    expect(r.status).toBe(200);
    const conn = r.json.connection;
    expect(conn).toMatchObject({
      id: SEED_IDS.firstNewId,
      name: 'Marketing Slack',
      accountName: 'slack',
      accountLabel: 'Slack',
      accountType: 'oauth',
      teamId: TEAM,
      editable: false,
      scoped: true,
      scopesCnt: 1,
    });
    const second = await call(sim, 'POST', `/connections?teamId=${TEAM}`, {
      body: { accountName: 'Stats API', accountType: 'http', url: 'https://stats.example.com', apiKey: 'k' },
    });
    expect(second.json.connection.id).toBe(SEED_IDS.firstNewId + 1);
    expect(second.json.connection.accountType).toBe('apikey');
    expect(second.json.connection.editable).toBe(true);
    const list = await call(sim, 'GET', `/connections?teamId=${TEAM}&type[]=slack`);
    expect(list.json.connections.map((c: any) => c.id).sort()).toEqual([SLACK, conn.id].sort());
    expect(sim.applied).toEqual([
      { route: 'POST /connections', id: SEED_IDS.firstNewId },
      { route: 'POST /connections', id: SEED_IDS.firstNewId + 1 },
    ]);
    expect(connectionsOf(sim).find((c) => c.id === conn.id)?.data).toEqual({ clientId: 'abc' });
  });

  it('create: 400 when accountName/accountType missing, teamId missing, or type unknown', async () => {
    const a = await call(sim, 'POST', `/connections?teamId=${TEAM}`, { body: { accountType: 'slack' } });
    expect(a.status).toBe(400);
    expectMakeError(a.json, 'SC400');
    expect(a.json.suberrors.map((s: any) => s.message).join(' ')).toContain('accountName');
    const b = await call(sim, 'POST', `/connections?teamId=${TEAM}`, { body: { accountName: 'x' } });
    expect(b.status).toBe(400);
    expect(b.json.suberrors.map((s: any) => s.message).join(' ')).toContain('accountType');
    const c = await call(sim, 'POST', '/connections', { body: { accountName: 'x', accountType: 'slack' } });
    expect(c.status).toBe(400);
    const d = await call(sim, 'POST', `/connections?teamId=${TEAM}`, {
      body: { accountName: 'x', accountType: 'nope' },
    });
    expect(d.status).toBe(400);
    expect(d.json.detail).toBe('Invalid connection type');
    expect(sim.applied).toEqual([]);
    expect(connectionsOf(sim)).toHaveLength(4);
  });

  it('rename changes the name; 400 when name is missing', async () => {
    const r = await call(sim, 'PATCH', `/connections/${SLACK}`, { body: { name: 'Renamed Slack' } });
    expect(r.status).toBe(200);
    expect(r.json.connection).toMatchObject({ id: SLACK, name: 'Renamed Slack', accountName: 'slack' });
    const g = await call(sim, 'GET', `/connections/${SLACK}`);
    expect(g.json.connection.name).toBe('Renamed Slack');
    const bad = await call(sim, 'PATCH', `/connections/${SLACK}`, { body: {} });
    expect(bad.status).toBe(400);
    expectMakeError(bad.json, 'SC400');
    const missing = await call(sim, 'PATCH', '/connections/999999', { body: { name: 'x' } });
    expect(missing.status).toBe(404);
  });

  it('set-data replaces all data (missing fields become empty) and refuses non-editable connections', async () => {
    const schema = await call(sim, 'GET', `/connections/${HTTP}/editable-data-schema`);
    expect(schema.status).toBe(200);
    expect(schema.json).toEqual({ editableParameters: ['url', 'apiKey'] });
    const r = await call(sim, 'POST', `/connections/${HTTP}/set-data`, { body: { apiKey: 'new-key' } });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ changed: true });
    expect(connectionsOf(sim).find((c) => c.id === HTTP)?.data).toEqual({ url: '', apiKey: 'new-key' });
    // with the url now empty the connection no longer verifies
    const v = await call(sim, 'POST', `/connections/${HTTP}/test`);
    expect(v.json).toEqual({ verified: false });

    const refused = await call(sim, 'POST', `/connections/${SLACK}/set-data`, { body: { clientId: 'x' } });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(refused.json.message).toBe('Cannot edit this connection.');
    const refusedSchema = await call(sim, 'GET', `/connections/${SLACK}/editable-data-schema`);
    expect(refusedSchema.status).toBe(refused.status);
    expect(refusedSchema.json.message).toBe('Cannot edit this connection.');
    expect(sim.applied).toEqual([{ route: 'POST /connections/{connectionId}/set-data', id: HTTP }]);
  });

  it('delete: a connection used by a scenario needs confirmed=true (IM004)', async () => {
    const refused = await call(sim, 'DELETE', `/connections/${SLACK}`);
    expect(refused.status).toBe(406);
    expectMakeError(refused.json, 'IM004');
    expect(refused.json.detail).toContain(String(SEED_IDS.scenario));
    const notConfirmed = await call(sim, 'DELETE', `/connections/${SLACK}?confirmed=false`);
    expect(notConfirmed.status).toBe(406);
    expect(connectionsOf(sim).some((c) => c.id === SLACK)).toBe(true);
    expect(sim.applied).toEqual([]);

    const ok = await call(sim, 'DELETE', `/connections/${SLACK}?confirmed=true`);
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ connection: SLACK });
    const gone = await call(sim, 'GET', `/connections/${SLACK}`);
    expect(gone.status).toBe(404);
    expect(sim.applied).toEqual([{ route: 'DELETE /connections/{connectionId}', id: SLACK }]);
  });

  it('delete: in use means any scenario whose current blueprint uses it, seeded or created', async () => {
    const made = await call(sim, 'POST', `/connections?teamId=${TEAM}`, {
      body: { accountName: 'Reports API', accountType: 'http', url: 'https://reports.example.com', apiKey: 'k' },
    });
    const id = made.json.connection.id as number;
    const uses = (connectionId: number) =>
      JSON.stringify({
        name: 'Send the weekly report',
        flow: [{ id: 1, module: 'http:ActionSendData', version: 3, parameters: { __IMTCONN__: connectionId } }],
        metadata: { version: 1 },
      });
    const scenario = await call(sim, 'POST', '/scenarios', {
      body: { teamId: TEAM, blueprint: uses(id), scheduling: JSON.stringify({ type: 'on-demand' }) },
    });
    expect(scenario.status).toBe(200);
    const scenarioId = scenario.json.scenario.id as number;

    const refused = await call(sim, 'DELETE', `/connections/${id}`);
    expect(refused.status).toBe(406);
    expectMakeError(refused.json, 'IM004');
    expect(refused.json.detail).toContain(String(scenarioId));
    expect(connectionsOf(sim).some((c) => c.id === id)).toBe(true);

    // a new version of the blueprint that no longer uses it frees it
    await call(sim, 'PATCH', `/scenarios/${scenarioId}`, { body: { blueprint: uses(HTTP) } });
    expect((await call(sim, 'DELETE', `/connections/${id}`)).status).toBe(200);
    // and the connection the new version names is now in use
    expect((await call(sim, 'DELETE', `/connections/${HTTP}`)).status).toBe(406);
  });

  it('delete: an unused connection goes without confirmation; unknown is 404', async () => {
    const ok = await call(sim, 'DELETE', `/connections/${GOOGLE}`);
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ connection: GOOGLE });
    const again = await call(sim, 'DELETE', `/connections/${GOOGLE}`);
    expect(again.status).toBe(404);
  });

  it('test: the seeded bad connection verifies false, good ones true', async () => {
    const bad = await call(sim, 'POST', `/connections/${BAD}/test`);
    expect(bad.status).toBe(200);
    expect(bad.json).toEqual({ verified: false });
    for (const id of [SLACK, GOOGLE, HTTP]) {
      const good = await call(sim, 'POST', `/connections/${id}/test`);
      expect(good.json).toEqual({ verified: true });
    }
    // fixing the credentials makes it verify
    await call(sim, 'POST', `/connections/${BAD}/set-data`, { body: { apiKey: 'fresh-key' } });
    expect((await call(sim, 'POST', `/connections/${BAD}/test`)).json).toEqual({ verified: true });
    expect(sim.applied.map((a) => a.route)).toEqual(['POST /connections/{connectionId}/set-data']);
  });

  it('scoped: true only when every requested scope is granted', async () => {
    const yes = await call(sim, 'POST', `/connections/${GOOGLE}/scoped`, {
      body: { scope: ['openid', 'https://www.googleapis.com/auth/drive'] },
    });
    expect(yes.status).toBe(200);
    expect(yes.json).toEqual({ connection: { scoped: true } });
    const no = await call(sim, 'POST', `/connections/${GOOGLE}/scoped`, {
      body: { scope: ['openid', 'https://mail.google.com/'] },
    });
    expect(no.json).toEqual({ connection: { scoped: false } });
    const bad = await call(sim, 'POST', `/connections/${GOOGLE}/scoped`, { body: { scope: 'openid' } });
    expect(bad.status).toBe(400);
  });

  it('reset() restores the seed and clears records', async () => {
    await call(sim, 'DELETE', `/connections/${GOOGLE}`);
    expect(connectionsOf(sim)).toHaveLength(3);
    sim.reset();
    expect(connectionsOf(sim)).toHaveLength(4);
    expect(sim.requests).toEqual([]);
    expect(sim.applied).toEqual([]);
  });
});

describe('simulator: rate limit', () => {
  it('429 with Make body and Retry-After beyond the window, then recovers', async () => {
    const sim = await startSimulator({ rateLimitPerMinute: 3, windowMs: 500 });
    try {
      for (let i = 0; i < 3; i++) expect((await call(sim, 'GET', '/users/me')).status).toBe(200);
      const limited = await call(sim, 'GET', '/users/me');
      expect(limited.status).toBe(429);
      expectMakeError(limited.json, 'SC429');
      expect(limited.json.message).toMatch(/limit/i);
      expect(limited.headers.get('retry-after')).toBe('1');
      // unauthenticated requests are not counted (and still get 401)
      expect((await call(sim, 'GET', '/users/me', { token: null })).status).toBe(401);
      await sleep(600);
      expect((await call(sim, 'GET', '/users/me')).status).toBe(200);
    } finally {
      await sim.close();
    }
  });

  it('Retry-After follows the option (a number, or no header for null)', async () => {
    const a = await startSimulator({ rateLimitPerMinute: 1, retryAfterSeconds: 7 });
    const b = await startSimulator({ rateLimitPerMinute: 1, retryAfterSeconds: null });
    try {
      await call(a, 'GET', '/users/me');
      const ra = await call(a, 'GET', '/users/me');
      expect(ra.status).toBe(429);
      expect(ra.headers.get('retry-after')).toBe('7');
      await call(b, 'GET', '/users/me');
      const rb = await call(b, 'GET', '/users/me');
      expect(rb.status).toBe(429);
      expect(rb.headers.get('retry-after')).toBeNull();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('default Retry-After is the seconds until a slot frees', async () => {
    const sim = await startSimulator({ rateLimitPerMinute: 2 });
    try {
      await call(sim, 'GET', '/users/me');
      await call(sim, 'GET', '/users/me');
      const r = await call(sim, 'GET', '/users/me');
      expect(r.status).toBe(429);
      const secs = Number(r.headers.get('retry-after'));
      expect(secs).toBeGreaterThanOrEqual(59);
      expect(secs).toBeLessThanOrEqual(60);
      sim.reset();
      expect((await call(sim, 'GET', '/users/me')).status).toBe(200);
    } finally {
      await sim.close();
    }
  });
});

describe('simulator: faults', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.reset());

  for (const status of [502, 503, 504] as const) {
    it(`status-${status} once, then normal`, async () => {
      sim.injectFault({ kind: `status-${status}` });
      const r = await call(sim, 'GET', '/users/me');
      expect(r.status).toBe(status);
      expect(typeof r.json.message).toBe('string');
      expect((await call(sim, 'GET', '/users/me')).status).toBe(200);
      expect(sim.requests.map((q) => q.status)).toEqual([status, 200]);
    });
  }

  it('matches only the given method/route and honours times', async () => {
    sim.injectFault({ kind: 'status-503', route: 'POST /connections/{connectionId}/test', times: 2 });
    expect((await call(sim, 'GET', '/users/me')).status).toBe(200);
    expect((await call(sim, 'POST', `/connections/${SLACK}/test`)).status).toBe(503);
    expect((await call(sim, 'POST', `/connections/${HTTP}/test`)).status).toBe(503);
    expect((await call(sim, 'POST', `/connections/${HTTP}/test`)).status).toBe(200);
    sim.injectFault({ kind: 'status-502', method: 'DELETE' });
    expect((await call(sim, 'GET', '/users/me')).status).toBe(200);
    expect((await call(sim, 'DELETE', `/connections/${GOOGLE}`)).status).toBe(502);
    expect(connectionsOf(sim).some((c) => c.id === GOOGLE)).toBe(true);
    expect(sim.applied).toEqual([]);
  });

  it('clearFaults() removes pending faults', async () => {
    sim.injectFault({ kind: 'status-503', times: 5 });
    sim.clearFaults();
    expect((await call(sim, 'GET', '/users/me')).status).toBe(200);
  });

  it('reset destroys the socket without a response', async () => {
    sim.injectFault({ kind: 'reset' });
    await expect(call(sim, 'GET', '/users/me')).rejects.toThrow();
    expect(sim.requests[0].status).toBe(0);
    expect((await call(sim, 'GET', '/users/me')).status).toBe(200);
  });

  it('bad-json sends 200 application/json that does not parse', async () => {
    sim.injectFault({ kind: 'bad-json' });
    const r = await call(sim, 'GET', `/connections?teamId=${TEAM}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(() => JSON.parse(r.text)).toThrow();
  });

  it('rate-limit sends a 429 like the limiter, with the requested Retry-After', async () => {
    sim.injectFault({ kind: 'rate-limit', retryAfterSeconds: 3 });
    const r = await call(sim, 'GET', '/users/me');
    expect(r.status).toBe(429);
    expectMakeError(r.json, 'SC429');
    expect(r.headers.get('retry-after')).toBe('3');
    sim.injectFault({ kind: 'rate-limit', retryAfterSeconds: null });
    const n = await call(sim, 'GET', '/users/me');
    expect(n.status).toBe(429);
    expect(n.headers.get('retry-after')).toBeNull();
  });

  it('oversize sends a huge valid JSON body (default 20 MiB)', async () => {
    sim.injectFault({ kind: 'oversize', bytes: 1_000_000 });
    const small = await call(sim, 'GET', '/users/me');
    expect(small.status).toBe(200);
    expect(small.text.length).toBe(1_000_000);
    expect(typeof small.json.padding).toBe('string');
    sim.injectFault({ kind: 'oversize' });
    const big = await fetch(`${sim.url}/api/v2/users/me`, { headers: { authorization: `Token ${SANDBOX_TOKEN}` } });
    const buf = await big.arrayBuffer();
    expect(buf.byteLength).toBe(20 * 1024 * 1024);
  });

  it("phase 'after' applies the write, records it, and still fails the call", async () => {
    sim.injectFault({ kind: 'status-502', route: 'POST /connections', phase: 'after' });
    const r = await call(sim, 'POST', `/connections?teamId=${TEAM}`, {
      body: { accountName: 'Ghost', accountType: 'http', url: 'https://x.example.com', apiKey: 'k' },
    });
    expect(r.status).toBe(502);
    expect(sim.applied).toEqual([{ route: 'POST /connections', id: SEED_IDS.firstNewId }]);
    const list = await call(sim, 'GET', `/connections?teamId=${TEAM}&type[]=http`);
    expect(list.json.connections.map((c: any) => c.name)).toContain('Ghost');

    sim.injectFault({ kind: 'reset', route: 'DELETE /connections/{connectionId}', phase: 'after' });
    await expect(call(sim, 'DELETE', `/connections/${GOOGLE}`)).rejects.toThrow();
    expect(connectionsOf(sim).some((c) => c.id === GOOGLE)).toBe(false);
    expect(sim.applied.at(-1)).toEqual({ route: 'DELETE /connections/{connectionId}', id: GOOGLE });
  });

  it("phase 'before' faults never apply the write", async () => {
    sim.injectFault({ kind: 'status-504', route: 'PATCH /connections/{connectionId}' });
    const r = await call(sim, 'PATCH', `/connections/${HTTP}`, { body: { name: 'Never' } });
    expect(r.status).toBe(504);
    expect(sim.applied).toEqual([]);
    expect(connectionsOf(sim).find((c) => c.id === HTTP)?.name).toBe('Billing API');
  });

  it('close() with a hanging request does not hang', async () => {
    const own = await startSimulator();
    own.injectFault({ kind: 'hang' });
    const pending = fetch(`${own.url}/api/v2/users/me`, { headers: { authorization: `Token ${SANDBOX_TOKEN}` } });
    const settled = pending.then(
      () => 'resolved',
      () => 'rejected',
    );
    for (let i = 0; i < 50 && own.requests.length === 0; i++) await sleep(10);
    await sleep(50);
    expect(own.requests).toHaveLength(1);
    expect(own.requests[0].status).toBe(0);
    const t0 = Date.now();
    await Promise.race([own.close(), sleep(3000).then(() => Promise.reject(new Error('close() hung')))]);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(await settled).toBe('rejected');
    await own.close(); // idempotent
  });
});
