// Hosted for a team, one replica, state in memory: every step of the MCP authorization flow with the SDK's own
// client (auth(), an in-memory provider), the person's consent on the simulated Make answered by the test.
import { auth } from '@modelcontextprotocol/sdk/client/auth.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/simulator/index.js';
import {
  connect,
  consentAt,
  mcpPost,
  MemoryClientProvider,
  signIn,
  startStack,
  visit,
  type Stack,
} from '../helpers/oauth.js';

const ALICE = SEED_IDS.user; // organization 11
const COLLEAGUE = 34; // organization 11 too
const OTHER = 41; // organization 12
const WIDE = [
  'connections:read',
  'connections:write',
  'scenarios:read',
  'teams:read',
  'user:read',
  'organizations:read',
];
const NARROW = ['user:read', 'connections:read'];

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ env: { MAKE_TOOLSETS: 'all' } });
});

afterAll(async () => {
  await stack?.close();
});

const text = (result: unknown) => (result as CallToolResult).content.map((c) => ('text' in c ? c.text : '')).join('');

/** Make tokens the simulator has seen, for checking that none ever reaches the client. */
const makeTokensSeen = () =>
  stack.sim.requests.map((r) => r.token).filter((t): t is string => t?.startsWith('sim-oauth-') ?? false);

describe('discovery', () => {
  it('advertises this server as a protected resource and itself as its authorization server', async () => {
    const prm = await (await fetch(`${stack.publicUrl}/.well-known/oauth-protected-resource/mcp`)).json();
    expect(prm.resource).toBe(stack.mcpUrl);
    const as = await (await fetch(`${stack.publicUrl}/.well-known/oauth-authorization-server`)).json();
    expect(prm.authorization_servers).toEqual([as.issuer]);
    expect(as.code_challenge_methods_supported).toEqual(['S256']);
    expect(as.registration_endpoint).toBe(`${stack.publicUrl}/register`);
    expect(as.revocation_endpoint).toBe(`${stack.publicUrl}/revoke`);
    expect(as.scopes_supported).toContain('scenarios:write');
  });

  it('answers 401 with the resource metadata URL when no token is sent', async () => {
    const res = await mcpPost(stack.mcpUrl, undefined, { jsonrpc: '2.0', id: 1, method: 'tools/list' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(
      `Bearer resource_metadata="${stack.publicUrl}/.well-known/oauth-protected-resource/mcp"`,
    );
  });
});

describe('one user, end to end', () => {
  it('signs in, lists by their scopes, calls Make with their own token, and refreshes both tokens', async () => {
    const provider = await signIn(stack.mcpUrl, { user: ALICE }, NARROW);
    expect(provider.saved?.scope?.split(' ').sort()).toEqual([...NARROW].sort());
    const ours = provider.saved!.access_token;
    const session = await connect(stack.mcpUrl, provider);
    const names = (await session.client.listTools()).tools.map((t) => t.name);
    expect(names).toContain('connections_list');
    expect(names).toContain('users_me');
    expect(names).not.toContain('connections_create'); // connections:write was not granted
    expect(names).not.toContain('scenarios_list');

    const seenBefore = stack.sim.requests.length;
    const me = await session.client.callTool({ name: 'users_me', arguments: {} });
    expect(text(me)).toContain('Sandbox User');
    const reached = stack.sim.requests.slice(seenBefore).filter((r) => r.path === '/api/v2/users/me');
    expect(reached).toHaveLength(1);
    expect(reached[0].token).toMatch(/^sim-oauth-/); // Make's token, as Make's OAuth server issued it
    expect(stack.sim.requests.some((r) => r.token === ours)).toBe(false); // ours never goes to Make
    expect(JSON.stringify(provider.saved)).not.toMatch(/sim-oauth-|sim-refresh-/); // Make's never comes to us

    // Make's token expires: the next call renews it at Make and goes through
    stack.make.expireAccessTokens();
    const refreshesBefore = stack.make.tokenRequests.filter((r) => r.grantType === 'refresh_token' && r.ok).length;
    const again = await session.client.callTool({ name: 'connections_list', arguments: { teamId: SEED_IDS.team } });
    expect(again.isError).toBeFalsy();
    expect(stack.make.tokenRequests.filter((r) => r.grantType === 'refresh_token' && r.ok).length).toBe(
      refreshesBefore + 1,
    );

    // ours: the SDK refreshes with the refresh token; the old refresh token then works no more (rotation)
    const oldRefresh = provider.saved!.refresh_token!;
    expect(await auth(provider, { serverUrl: stack.mcpUrl })).toBe('AUTHORIZED');
    expect(provider.saved!.access_token).not.toBe(ours);
    const replay = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: oldRefresh,
      client_id: provider.info!.client_id,
    });
    expect(replay.status).toBe(400);
    expect((await replay.json()).error).toBe('invalid_grant');
    await session.close();
    const fresh = await connect(stack.mcpUrl, provider);
    expect(text(await fresh.client.callTool({ name: 'users_me', arguments: {} }))).toContain('Sandbox User');
    await fresh.close();
    expect(makeTokensSeen().length).toBeGreaterThan(0);
  });
});

describe('scopes asked for', () => {
  it('leave out what this server does not offer, and default to what its tools need when nothing is left', async () => {
    const some = await signIn(stack.mcpUrl, { user: ALICE }, ['user:read', 'offline_access']);
    expect(some.saved?.scope).toBe('user:read');
    const none = await signIn(stack.mcpUrl, { user: ALICE }, ['openid']);
    expect(none.saved?.scope?.split(' ')).toEqual(
      expect.arrayContaining(['scenarios:write', 'connections:read', 'user:read']),
    );
  });
});

describe('two users', () => {
  it('see the tools their own scopes allow and only their own data, even when their calls interleave', async () => {
    const alice = await connect(stack.mcpUrl, await signIn(stack.mcpUrl, { user: ALICE }, WIDE));
    const other = await connect(stack.mcpUrl, await signIn(stack.mcpUrl, { user: OTHER, grant: NARROW }, WIDE));
    const aliceTools = (await alice.client.listTools()).tools.map((t) => t.name);
    const otherTools = (await other.client.listTools()).tools.map((t) => t.name);
    expect(aliceTools).toContain('connections_create');
    expect(aliceTools).toContain('scenarios_list');
    expect(otherTools).toContain('connections_list');
    expect(otherTools).not.toContain('connections_create'); // unticked on Make's page
    expect(otherTools).not.toContain('scenarios_list');

    // the seeded team belongs to Alice's organization: Make refuses it to the other user
    const theirs = await other.client.callTool({ name: 'connections_list', arguments: { teamId: SEED_IDS.team } });
    expect(theirs.isError).toBe(true);
    expect(
      text(await alice.client.callTool({ name: 'connections_list', arguments: { teamId: SEED_IDS.team } })),
    ).toContain('Team Slack');

    // interleaved: every answer names the caller, never the other user
    const calls = Array.from({ length: 12 }, (_, i) => (i % 2 ? alice : other));
    const answers = await Promise.all(
      calls.map((c) => c.client.callTool({ name: 'users_me', arguments: {} }).then(text)),
    );
    answers.forEach((answer, i) => {
      expect(answer).toContain(i % 2 ? 'Sandbox User' : 'Other Org User');
      expect(answer).not.toContain(i % 2 ? 'Other Org User' : 'Sandbox User');
    });
    await alice.close();
    await other.close();
  });

  it("share Make's rate limit within one organization and not across organizations", async () => {
    // 3 calls per organization and minute, MAKE_MAX_WAIT=1: the fourth call of an organization is refused
    const limited = await startStack({ env: { MAKE_RATE_LIMIT: '3', MAKE_MAX_WAIT: '1' } });
    const a = await connect(limited.mcpUrl, await signIn(limited.mcpUrl, { user: ALICE }, NARROW));
    const b = await connect(limited.mcpUrl, await signIn(limited.mcpUrl, { user: COLLEAGUE }, NARROW));
    const c = await connect(limited.mcpUrl, await signIn(limited.mcpUrl, { user: OTHER }, NARROW));
    for (let i = 0; i < 3; i++)
      expect((await a.client.callTool({ name: 'users_me', arguments: {} })).isError).toBeFalsy();
    const colleague = await b.client.callTool({ name: 'users_me', arguments: {} });
    expect(colleague.isError).toBe(true);
    expect(text(colleague)).toMatch(/rate limit/i);
    const elsewhere = await c.client.callTool({ name: 'users_me', arguments: {} });
    expect(elsewhere.isError).toBeFalsy();
    expect(text(elsewhere)).toContain('Other Org User');
    for (const s of [a, b, c]) await s.close();
    await limited.close();
  });
});

describe('refused', () => {
  it("a token that is not ours: Make's own, or made up", async () => {
    await signIn(stack.mcpUrl, { user: OTHER }, NARROW);
    const makeToken = makeTokensSeen().at(-1) ?? 'sim-oauth-none';
    for (const token of [makeToken, 'made-up-token']) {
      const res = await mcpPost(stack.mcpUrl, token, { jsonrpc: '2.0', id: 1, method: 'tools/list' });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token".*resource_metadata="/);
    }
  });

  it('a call beyond the granted scopes: 403 naming the scope to add, nothing sent to Make', async () => {
    const provider = await signIn(stack.mcpUrl, { user: ALICE }, NARROW);
    const before = stack.sim.requests.length;
    const res = await mcpPost(stack.mcpUrl, provider.saved!.access_token, {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'scenarios_list', arguments: { teamId: SEED_IDS.team } },
    });
    expect(res.status).toBe(403);
    const header = res.headers.get('www-authenticate')!;
    expect(header).toMatch(/^Bearer error="insufficient_scope"/);
    expect(header).toContain('scope="user:read connections:read scenarios:read"');
    expect(stack.sim.requests.length).toBe(before);
  });

  it('a replayed code, which also ends the tokens the first use got', async () => {
    const provider = new MemoryClientProvider();
    expect(await auth(provider, { serverUrl: stack.mcpUrl, scope: NARROW.join(' ') })).toBe('REDIRECT');
    const code = (await consentAt(provider.authorizationUrl!, { user: ALICE })).searchParams.get('code')!;
    const form = {
      grant_type: 'authorization_code',
      code,
      code_verifier: provider.verifier,
      client_id: provider.info!.client_id,
      redirect_uri: provider.redirectUrl,
    };
    const first = await tokenRequest(form);
    expect(first.status).toBe(200);
    const { access_token } = await first.json();
    const second = await tokenRequest(form);
    expect(second.status).toBe(400);
    expect((await second.json()).error).toBe('invalid_grant');
    const res = await mcpPost(stack.mcpUrl, access_token, { jsonrpc: '2.0', id: 1, method: 'tools/list' });
    expect(res.status).toBe(401);
  });

  it('a missing or wrong PKCE verifier, and a redirect URI other than the one the code was for', async () => {
    const provider = new MemoryClientProvider();
    await auth(provider, { serverUrl: stack.mcpUrl, scope: NARROW.join(' ') });
    const code = (await consentAt(provider.authorizationUrl!, { user: ALICE })).searchParams.get('code')!;
    const base = {
      grant_type: 'authorization_code',
      code,
      client_id: provider.info!.client_id,
      redirect_uri: provider.redirectUrl,
    };
    const missing = await tokenRequest(base);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toBe('invalid_request');
    const wrong = await tokenRequest({ ...base, code_verifier: 'x'.repeat(43) });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toBe('invalid_grant');
    const elsewhere = await tokenRequest({
      ...base,
      code_verifier: provider.verifier,
      redirect_uri: 'http://127.0.0.1:9/other',
    });
    expect(elsewhere.status).toBe(400);
  });

  it('an authorization request without PKCE S256', async () => {
    const provider = new MemoryClientProvider();
    await auth(provider, { serverUrl: stack.mcpUrl, scope: NARROW.join(' ') });
    for (const change of [
      (u: URL) => u.searchParams.delete('code_challenge'),
      (u: URL) => u.searchParams.set('code_challenge_method', 'plain'),
    ]) {
      const url = new URL(provider.authorizationUrl!);
      change(url);
      const res = await visit(url);
      expect(res.status).toBe(302);
      expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
    }
  });

  it('an unregistered redirect URI, answered here and never redirected to', async () => {
    const provider = new MemoryClientProvider();
    await auth(provider, { serverUrl: stack.mcpUrl, scope: NARROW.join(' ') });
    const url = new URL(provider.authorizationUrl!);
    url.searchParams.set('redirect_uri', 'https://attacker.example/steal');
    const res = await visit(url);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect((await res.json()).error_description).toMatch(/redirect_uri/i);
  });

  it('a resource other than this server (RFC 8707)', async () => {
    const provider = new MemoryClientProvider();
    await auth(provider, { serverUrl: stack.mcpUrl, scope: NARROW.join(' ') });
    const url = new URL(provider.authorizationUrl!);
    url.searchParams.set('resource', 'https://other.example/mcp');
    const res = await visit(url);
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get('location')!);
    expect(back.origin + back.pathname).toBe(provider.redirectUrl);
    expect(back.searchParams.get('error')).toBe('invalid_target');
  });

  it('a token revoked at /revoke, and everything of its sign-in', async () => {
    const provider = await signIn(stack.mcpUrl, { user: ALICE }, NARROW);
    const { access_token, refresh_token } = provider.saved!;
    expect((await mcpPost(stack.mcpUrl, access_token, { jsonrpc: '2.0', id: 1, method: 'tools/list' })).status).toBe(
      200,
    );
    const revoked = await fetch(`${stack.publicUrl}/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: refresh_token!, client_id: provider.info!.client_id }),
    });
    expect(revoked.status).toBe(200);
    expect((await mcpPost(stack.mcpUrl, access_token, { jsonrpc: '2.0', id: 1, method: 'tools/list' })).status).toBe(
      401,
    );
    const refresh = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: refresh_token!,
      client_id: provider.info!.client_id,
    });
    expect(refresh.status).toBe(400);
  });

  it('a sign-in revoked at Make: the call says so, then 401 sends the client to sign in again', async () => {
    const provider = await signIn(stack.mcpUrl, { user: COLLEAGUE }, NARROW);
    const session = await connect(stack.mcpUrl, provider);
    stack.make.revokeUser(COLLEAGUE);
    const before = stack.sim.requests.length;
    const result = await session.client.callTool({ name: 'users_me', arguments: {} });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/sign-in to Make has ended/);
    // Make's 401 to the revoked token, then no further call reached Make
    expect(stack.sim.requests.slice(before).map((r) => r.status)).toEqual([401]);
    const next = await mcpPost(stack.mcpUrl, provider.saved!.access_token, {
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/list',
    });
    expect(next.status).toBe(401);
    expect(next.headers.get('www-authenticate')).toContain('resource_metadata=');
    // the SDK tries its refresh token, which ended with the sign-in, and starts a new authorization
    provider.authorizationUrl = undefined;
    expect(await auth(provider, { serverUrl: stack.mcpUrl })).toBe('REDIRECT');
    expect(provider.authorizationUrl).toBeDefined();
    await session.close().catch(() => {});
  });

  it('a consent denied at Make comes back to the client as access_denied', async () => {
    const provider = new MemoryClientProvider();
    await auth(provider, { serverUrl: stack.mcpUrl, scope: NARROW.join(' ') });
    const landed = await consentAt(provider.authorizationUrl!, { user: ALICE, decision: 'deny' });
    expect(landed.searchParams.get('error')).toBe('access_denied');
    expect(landed.searchParams.get('code')).toBeNull();
  });

  it('a callback whose sign-in is unknown or already used: a page for the person, no redirect', async () => {
    const res = await visit(`${stack.publicUrl}/oauth/callback?state=unknown&code=whatever`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/expired or was already used/);
  });
});

describe('short lifetimes', () => {
  it('an expired access token of ours is refused', async () => {
    const short = await startStack({ lifetimes: { access: 1 } });
    try {
      const provider = await signIn(short.mcpUrl, { user: ALICE }, NARROW);
      expect(
        (await mcpPost(short.mcpUrl, provider.saved!.access_token, { jsonrpc: '2.0', id: 1, method: 'tools/list' }))
          .status,
      ).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const res = await mcpPost(short.mcpUrl, provider.saved!.access_token, {
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/list',
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
    } finally {
      await short.close();
    }
  });
});

function tokenRequest(form: Record<string, string>): Promise<Response> {
  return fetch(`${stack.publicUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}
