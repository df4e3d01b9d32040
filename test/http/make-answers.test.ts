// What Make (or something in front of it) answers, and what a caller sends, never misleads the model: keys the
// SDK's result check dislikes stay a result, a failure status is never "accepted", a web page is no success,
// secrets are scrubbed in any case or encoding, and arguments that cannot go out faithfully are refused unsent.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFailure } from '../../src/errors.js';
import { MakeClient } from '../../src/http/client.js';
import { MAX_NESTING } from '../../src/pipeline/input-bounds.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { startRawMake, type RawMake } from '../helpers/raw-make.js';

const KEY = 'a1B2c3D4-e5F6-4a7b-8c9d-0e1f2a3b4c5d';
const BEARER = 'bearer-Token-0123456789abcdef';
const SCOPES = ['connections:read', 'connections:write'];

let make: RawMake | undefined;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  await make?.close();
  h = make = undefined;
  vi.restoreAllMocks();
});

async function start(
  answer: RawMake['answer'],
  client: Parameters<typeof startHarness>[0] extends infer O
    ? O extends { client?: infer C }
      ? C
      : never
    : never = {},
) {
  make = await startRawMake(answer);
  h = await startHarness({
    token: KEY,
    config: {
      baseUrl: make!.baseUrl,
      toolsets: ['connections'],
      scopes: SCOPES,
      transport: { kind: 'http', port: 0, host: '127.0.0.1', token: BEARER },
    },
    client,
  });
  return h!;
}

const json = (body: unknown) => ({
  status: 200,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const HOSTILE = '{"constructor":"c","__proto__":{"polluted":true},"toString":"t","id":5}';

describe("keys the SDK's result check dislikes (constructor, __proto__, toString)", () => {
  it.each([
    ['a read', 'connections_get', { connectionId: 5 }],
    ['a write', 'connections_create', { teamId: 1, accountName: 'A', accountType: 'http' }],
  ])('%s comes back as a result with every key, sent once', async (_, tool, args) => {
    await start({ status: 200, body: `{"connection":${HOSTILE}}`, headers: { 'content-type': 'application/json' } });
    const result = await h!.call(tool, args);
    expect(result.isError, result.text).toBeFalsy();
    expect(JSON.parse(result.text)).toEqual(JSON.parse(HOSTILE));
    expect(result.text).toContain('"__proto__":{"polluted":true}');
    expect(result.structuredContent).toBeUndefined(); // the text alone: the check would refuse or change the structured copy
    expect(make!.requests).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the structured copy where the check passes it unchanged (such keys deeper down)', async () => {
    await start(json({ connection: { id: 5, meta: { constructor: 1, toString: 2 } } }));
    const result = await h!.call('connections_get', { connectionId: 5 });
    expect(result.structuredContent).toEqual({ id: 5, meta: { constructor: 1, toString: 2 } });
  });
});

describe('failures are not reported as successes', () => {
  it('a POST answered 500 with a body over the size cap is Make\'s failure, not "accepted", and is not re-sent', async () => {
    await start({ status: 500, body: 'x'.repeat(64 * 1024) }, { maxResponseBytes: 1024 });
    const result = await h!.call('connections_create', { teamId: 1, accountName: 'A', accountType: 'http' });
    expect(result.isError).toBe(true);
    expect(result.text).not.toMatch(/accepted/i);
    expect(result.text).toMatch(/^Make refused POST \/connections\?teamId=1 with HTTP 500\./);
    expect(make!.requests).toHaveLength(1);
  });

  it('an oversized 2xx answer still says it was accepted and dropped', async () => {
    await start(json({ connection: { id: 1, blob: 'x'.repeat(4096) } }), { maxResponseBytes: 1024 });
    const result = await h!.call('connections_create', { teamId: 1, accountName: 'A', accountType: 'http' });
    expect(result.text).toMatch(/^Make accepted POST .* but its answer was larger than/);
  });

  it.each(['text/html; charset=utf-8', 'application/xhtml+xml'])(
    "a 200 %s page (a proxy's, a login page) is an error saying what came back",
    async (type) => {
      await start({ status: 200, body: '<html><title>Sign in</title></html>', headers: { 'content-type': type } });
      const read = await h!.call('connections_get', { connectionId: 5 });
      expect(read.isError).toBe(true);
      expect(read.text).toBe(
        `GET /connections/5 was answered with HTTP 200 and a web page (${type.split(';')[0]}), not Make's API data: a proxy, firewall or login page ` +
          'stands between this server and Make (check MAKE_ZONE or MAKE_API_URL).',
      );
      const write = await h!.call('connections_create', { teamId: 1, accountName: 'A', accountType: 'http' });
      expect(write.text).toMatch(
        /Whether Make received the request is unknown; check its effect before repeating it\.$/,
      );
      expect(make!.requests).toHaveLength(2);
    },
  );
});

describe('arguments that cannot go out faithfully are refused, nothing sent', () => {
  it('JSON nested thousands of levels deep: the field is named, nothing was sent', async () => {
    await start(json({ connection: { id: 1 } }));
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < 5000; i++) deep = { d: deep };
    const result = await h!.call('connections_create', {
      teamId: 1,
      accountName: 'A',
      accountType: 'http',
      data: deep,
    });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(
      /^Invalid arguments for connections_create, nothing was sent:\ndata\.d\.d\.….d\.d: nested more than 128 levels deep$/,
    );
    expect(result.text).not.toMatch(/Outcome unknown|was sent and/);
    expect(make!.requests).toHaveLength(0);
  });

  it('nesting up to the bound goes out', async () => {
    await start(json({ connection: { id: 1 } }));
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < MAX_NESTING - 2; i++) deep = { d: deep };
    const result = await h!.call('connections_create', {
      teamId: 1,
      accountName: 'A',
      accountType: 'http',
      data: { x: deep },
    });
    expect(result.isError, result.text).toBeFalsy();
    expect(make!.requests).toHaveLength(1);
  });

  it.each([
    [JSON.parse('9007199254740993') as number, '9007199254740992'], // …993 as JSON.parse reads it: another id
    [1e300, '1e+300'],
    [1e21, '1e+21'],
  ])('an id of %s is refused, naming the field, instead of sending another number', async (id, shown) => {
    await start(json({ connection: { id: 1 } }));
    const result = await h!.call('connections_get', { connectionId: id });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('Invalid arguments for connections_get, nothing was sent:\nconnectionId: ');
    expect(result.text).toContain(shown);
    expect(make!.requests).toHaveLength(0);
  });

  it('the largest exact integer goes out digit for digit', async () => {
    await start(json({ connection: { id: 1 } }));
    await h!.call('connections_get', { connectionId: Number.MAX_SAFE_INTEGER });
    expect(make!.requests.map((r) => r.url)).toEqual(['/api/v2/connections/9007199254740991']);
  });

  it("a body JSON cannot hold at all is reported as not sent (the client's own check)", async () => {
    make = await startRawMake();
    const client = new MakeClient({ baseUrl: make!.baseUrl, apiKey: 'k' });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const outcome = await client.send({ method: 'POST', path: '/things', body: cyclic }, { scope: null });
    await client.close();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('not-sent');
    expect(describeFailure(outcome.failure, { request: 'POST /things' })).toMatch(
      /^Not sent: the arguments could not be written as JSON \(.*\)\. Nothing reached Make; correct the arguments and call again\.$/,
    );
    expect(make!.requests).toHaveLength(0);
  });
});

describe('secrets echoed back are scrubbed in any case or encoding', () => {
  it('the Make token and the HTTP bearer token: as is, lower or upper case, base64 and base64url at every alignment', async () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const b64url = (s: string) => Buffer.from(s).toString('base64url');
    const echoes = {
      plain: KEY,
      lower: KEY.toLowerCase(),
      upper: KEY.toUpperCase(),
      basic: b64(`user:${KEY}`),
      header: b64(`Token ${KEY}`),
      shifted1: b64(`x${KEY}`),
      shifted2: b64(`xy${KEY}`),
      url: b64url(`xy${KEY}`),
      bearer: BEARER,
      bearerLower: BEARER.toLowerCase(),
      bearer64: b64(`Bearer ${BEARER}`),
    };
    await start(json({ connection: echoes }));
    const result = await h!.call('connections_get', { connectionId: 5 });
    const out = JSON.stringify(result);
    for (const [name, value] of Object.entries(echoes)) expect(out, name).not.toContain(value);
    for (const secret of [KEY, BEARER]) {
      expect(out.toLowerCase()).not.toContain(secret.toLowerCase());
      for (const offset of ['', 'x', 'xy']) expect(out).not.toContain(b64(offset + secret).slice(4, -4));
    }
    expect(JSON.parse(result.text)).toMatchObject({ plain: '[redacted]', lower: '[redacted]', bearer: '[redacted]' });
  });
});

describe('a call that times out while queued says what it waited for', () => {
  async function silentMake(): Promise<{ url: string; close(): Promise<void> }> {
    const server = createServer(() => {}); // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  }

  it('a connection slot (the others in flight), not "the rate limit"', async () => {
    const silent = await silentMake();
    const client = new MakeClient({ baseUrl: silent.url, apiKey: 'k', maxConcurrent: 1, callTimeoutMs: 30_000 });
    const first = client.send({ method: 'GET', path: '/a' }, { scope: null }); // holds the only connection
    // the second call's deadline (and only its) is short, so it passes while the first is still in flight
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    vi.spyOn(AbortSignal, 'timeout').mockImplementationOnce(() => timeout(100));
    const second = await client.send({ method: 'GET', path: '/b' }, { scope: null });
    await silent.close();
    await first;
    await client.close();
    expect(second).toEqual({
      ok: false,
      failure: {
        kind: 'unavailable',
        cause: 'the call timed out while waiting for one of the 1 connections to Make (that many calls were in flight)',
        attempts: 0,
      },
    });
  });

  it('a rate-limit slot', async () => {
    make = await startRawMake();
    const client = new MakeClient({
      baseUrl: make!.baseUrl,
      apiKey: 'k',
      rateLimit: 1,
      maxWaitMs: 120_000,
      callTimeoutMs: 300,
    });
    const first = await client.send({ method: 'GET', path: '/a' }, { scope: null });
    const second = await client.send({ method: 'GET', path: '/b' }, { scope: null });
    await client.close();
    expect(first.ok).toBe(true);
    expect(second).toEqual({
      ok: false,
      failure: {
        kind: 'unavailable',
        cause: 'the call timed out while waiting for a slot of the rate limit',
        attempts: 0,
      },
    });
    expect(make!.requests).toHaveLength(1);
  });
});
