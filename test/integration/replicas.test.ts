// Two make-mcp processes for one organization, as two replicas behind a load balancer: with MAKE_REDIS_URL they
// share Make's per-organization limit; without it each counts alone and together they collect 429s.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES, SANDBOX_TOKEN, SEED_IDS, startSimulator } from '../../src/simulator/index.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';

const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));
const N = 5; // the organization's limit per minute, for Make (the simulator) and for both replicas

let redis: RedisServer;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  redis = await startRedis();
});

afterAll(async () => {
  await redis?.stop();
});

async function replica(
  apiUrl: string,
  redisUrl: string | undefined,
): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI],
    env: {
      PATH: process.env.PATH ?? '',
      MAKE_API_KEY: SANDBOX_TOKEN,
      MAKE_API_URL: apiUrl,
      MAKE_ORGANIZATION: String(SEED_IDS.organization),
      MAKE_RATE_LIMIT: String(N),
      MAKE_SCOPES: ALL_SCOPES.join(','), // no scope lookup at start: every request Make sees is a call
      MAKE_MAX_WAIT: '1', // a call whose slot is further away is answered "wait N s" at once
      ...(redisUrl ? { MAKE_REDIS_URL: redisUrl } : {}),
    },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'replica-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

const textOf = (result: CallToolResult) => result.content.map((c) => (c.type === 'text' ? c.text : '')).join('');

/** 2N read calls, N through each replica, all at once; what reached the simulator and what the callers got. */
async function twoReplicas(redisUrl: string | undefined) {
  const sim = await startSimulator({ rateLimitPerMinute: N });
  const replicas = await Promise.all([replica(sim.url, redisUrl), replica(sim.url, redisUrl)]);
  try {
    const calls = replicas.flatMap(({ client }) =>
      Array.from({ length: N }, () => client.callTool({ name: 'users_me', arguments: {} })),
    );
    const results = (await Promise.all(calls)) as CallToolResult[];
    const texts = results.map(textOf);
    return {
      reached: sim.requests.length,
      answered429: sim.requests.filter((r) => r.status === 429).length,
      ok: results.filter((r) => !r.isError).length,
      waitAnswers: texts.filter((t) => t.startsWith("Not sent: Make's rate limit")).length,
      stderr: replicas.map((r) => r.stderr()).join(''),
    };
  } finally {
    await Promise.all(replicas.map(({ client }) => client.close()));
    await sim.close();
  }
}

describe(`two replicas sharing an organization limit of ${N} per minute`, () => {
  it('with Redis: at most N calls reach Make in the window and none is answered 429; without: about 2N, and 429s', async () => {
    const shared = await twoReplicas(redis.url);
    const alone = await twoReplicas(undefined);
    console.log(
      `two replicas, limit ${N}/min, ${2 * N} calls: with Redis ${shared.reached} reached Make (${shared.answered429} answered 429); ` +
        `without Redis ${alone.reached} reached Make (${alone.answered429} answered 429)`,
    );

    expect(shared.stderr).toContain('shared through Redis');
    expect(shared.stderr).not.toContain('warning');
    expect(shared.reached).toBe(N);
    expect(shared.answered429).toBe(0);
    expect(shared.ok).toBe(N);
    expect(shared.waitAnswers).toBe(N); // the rest got the fast "wait N s" answer, nothing sent

    // Each replica lets its own N through (one whose 429 comes back before its last call is sent holds that one).
    expect(alone.reached).toBeGreaterThan(N);
    expect(alone.answered429).toBe(alone.reached - N);
    expect(alone.ok).toBe(N);
  });

  it('pauses both replicas when Make answers one of them 429, until its Retry-After', async () => {
    const sim = await startSimulator({ rateLimitPerMinute: 100 });
    const [a, b] = await Promise.all([replica(sim.url, redis.url), replica(sim.url, redis.url)]);
    try {
      sim.injectFault({ kind: 'rate-limit', retryAfterSeconds: 30 });
      const first = (await a.client.callTool({ name: 'users_me', arguments: {} })) as CallToolResult;
      expect(textOf(first)).toMatch(/Wait 30 s/);
      const other = (await b.client.callTool({ name: 'users_me', arguments: {} })) as CallToolResult;
      expect(textOf(other)).toMatch(/^Not sent: .* Wait (29|30) s/);
      expect(sim.requests.map((r) => r.status)).toEqual([429]); // the other replica sent nothing
    } finally {
      await Promise.all([a, b].map(({ client }) => client.close()));
      await sim.close();
    }
  });
});
