// Hosted for a team, several replicas: the sign-in state in one Redis, so that any replica serves any step. A load
// balancer in front sends /authorize to one replica and everything after to the other.
import { createClient } from '@redis/client';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/simulator/index.js';
import { connect, mcpPost, signIn, startStack, type Stack } from '../helpers/oauth.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';

let redis: RedisServer;
let stack: Stack;

beforeAll(async () => {
  redis = await startRedis();
  // the first request of a sign-in that reaches the balancer is /authorize: replica 0; all else: replica 1
  stack = await startStack({ replicas: 2, redisUrl: redis.url, route: (path) => (path === '/authorize' ? 0 : 1) });
});

afterAll(async () => {
  await stack?.close();
  await redis?.stop();
});

const text = (result: unknown) => (result as CallToolResult).content.map((c) => ('text' in c ? c.text : '')).join('');

describe('two replicas behind one Redis', () => {
  it('complete one sign-in together: authorize on one, callback, token and calls on the other', async () => {
    const provider = await signIn(stack.mcpUrl, { user: SEED_IDS.user }, ['user:read', 'connections:read']);
    const session = await connect(stack.mcpUrl, provider);
    expect(text(await session.client.callTool({ name: 'users_me', arguments: {} }))).toContain('Sandbox User');
    await session.close();
    // and the token works on either replica
    for (const replica of stack.replicas) {
      const res = await mcpPost(`${replica.origin}/mcp`, provider.saved!.access_token, {
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/list',
      });
      expect(res.status).toBe(200);
    }
  });

  it('renew an expired Make token once for the user, however many calls on however many replicas need it', async () => {
    const provider = await signIn(stack.mcpUrl, { user: SEED_IDS.user }, ['user:read']);
    const sessions = await Promise.all(stack.replicas.map((r) => connect(`${r.origin}/mcp`, provider)));
    stack.make.expireAccessTokens();
    const renewals = () => stack.make.tokenRequests.filter((r) => r.grantType === 'refresh_token').length;
    const before = renewals();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => sessions[i % 2].client.callTool({ name: 'users_me', arguments: {} })),
    );
    for (const answer of answers) expect(text(answer)).toContain('Sandbox User');
    expect(renewals()).toBe(before + 1); // Make rotates refresh tokens: a second renewal would have been refused
    for (const s of sessions) await s.close();
  });

  it('could not without Redis: each replica knows only its own steps (the control)', async () => {
    const apart = await startStack({ replicas: 2, route: (path) => (path === '/authorize' ? 0 : 1) });
    try {
      // the registration, even, is unknown on the other replica
      await expect(signIn(apart.mcpUrl, { user: SEED_IDS.user }, ['user:read'])).rejects.toThrow(/answered 400/);
    } finally {
      await apart.close();
    }
  });

  it('keep no Make token in clear in Redis, and none of our tokens either', async () => {
    const provider = await signIn(stack.mcpUrl, { user: SEED_IDS.user }, ['user:read']);
    const session = await connect(stack.mcpUrl, provider);
    await session.client.callTool({ name: 'users_me', arguments: {} });
    await session.close();
    const makeTokens = [
      ...new Set(
        stack.sim.requests.map((r) => r.token).filter((t): t is string => t?.startsWith('sim-oauth-') ?? false),
      ),
    ];
    expect(makeTokens.length).toBeGreaterThan(0);
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const keys = await client.keys('make-mcp:oauth:*');
      expect(keys.some((k) => k.includes(':grant:'))).toBe(true);
      const everything = [...keys, ...(await Promise.all(keys.map((k) => client.get(k))))].join('\n');
      expect(everything).not.toMatch(/sim-oauth-|sim-refresh-/);
      for (const secret of [...makeTokens, provider.saved!.access_token, provider.saved!.refresh_token!])
        expect(everything).not.toContain(secret);
      for (const key of keys) expect(await client.ttl(key)).toBeGreaterThan(0); // everything expires
    } finally {
      await client.close();
    }
  });

  it('refuse a token issued for another deployment sharing the Redis (wrong audience)', async () => {
    const other = await startStack({ redisUrl: redis.url, publicUrl: 'http://localhost:9' });
    try {
      const provider = await signIn(stack.mcpUrl, { user: SEED_IDS.user }, ['user:read']);
      const res = await mcpPost(other.mcpUrl, provider.saved!.access_token, {
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/list',
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/not issued for http:\/\/localhost:9\/mcp/);
    } finally {
      await other.close();
    }
  });
});
