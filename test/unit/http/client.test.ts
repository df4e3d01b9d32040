// How each kind of transport failure is read — nothing sent, maybe sent, timed out — with undici replaced by
// a stub that fails exactly as told. What is read decides whether a POST may be sent again.
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MakeClient, type Outcome } from '../../../src/http/client.js';
import type { MakeRequest } from '../../../src/http/request.js';

const stub = vi.hoisted(() => ({
  agents: [] as { options: unknown; close: () => Promise<void>; closed: number }[],
  /** What each request does, by call number from 0. */
  behave: (_n: number, _url: string, _options: Record<string, unknown>): Promise<unknown> =>
    Promise.reject(new Error('unset')),
  calls: [] as { url: string; options: Record<string, unknown> }[],
}));

vi.mock('../../../src/http/undici-lite.js', () => ({
  Agent: class {
    closed = 0;
    constructor(readonly options: unknown) {
      stub.agents.push(this as never);
    }
    async close() {
      this.closed++;
    }
  },
  request: (_dispatcher: unknown, url: string, options: Record<string, unknown>) => {
    stub.calls.push({ url, options });
    return stub.behave(stub.calls.length - 1, url, options);
  },
}));

const POST: MakeRequest = { method: 'POST', path: '/connections?teamId=22', body: { accountName: 'A' } };
const GET: MakeRequest = { method: 'GET', path: '/connections/5' };
const instant = { now: () => 0, sleep: async () => {} };
const client = (extra: Partial<ConstructorParameters<typeof MakeClient>[0]> = {}) =>
  new MakeClient({ baseUrl: 'https://make.example/api/v2', apiKey: 'k', clock: instant, ...extra });

const error = (props: { code?: string; name?: string; cause?: unknown }) =>
  Object.assign(new Error('boom', { cause: props.cause }), props);
const answer = (
  statusCode: number,
  chunks: (string | Buffer)[] = [],
  headers: Record<string, string | string[]> = {},
) => {
  const body = Readable.from(chunks.map((c) => Buffer.from(c)));
  return { statusCode, headers, body };
};
const failsWith = (err: unknown) => () => Promise.reject(err);

beforeEach(() => {
  stub.agents.length = 0;
  stub.calls.length = 0;
});

const unavailable = (cause: string, attempts: number): Outcome => ({
  ok: false,
  failure: { kind: 'unavailable', cause, attempts },
});
const unknown = (cause: string): Outcome => ({ ok: false, failure: { kind: 'outcome-unknown', cause } });

describe('nothing was sent', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])(
    '%s: even a POST is tried again, up to the cap',
    async (code) => {
      stub.behave = failsWith(error({ code }));
      expect(await client().send(POST, { scope: null })).toEqual(unavailable('Make could not be reached', 3));
      expect(stub.calls).toHaveLength(3);
    },
  );
  it('the code may sit on the cause', async () => {
    stub.behave = failsWith(error({ cause: { code: 'ECONNREFUSED' } }));
    expect(await client().send(POST, { scope: null })).toEqual(unavailable('Make could not be reached', 3));
  });
  it("the error's own code wins over its cause's", async () => {
    stub.behave = failsWith(error({ code: 'ECONNRESET', cause: { code: 'ECONNREFUSED' } }));
    expect(await client().send(POST, { scope: null })).toEqual(unknown('the connection broke before Make answered'));
  });
});

describe('cancelled by the caller', () => {
  it('when the connection was refused meanwhile: cancelled, nothing sent (not "outcome unknown")', async () => {
    const controller = new AbortController();
    stub.behave = () => {
      controller.abort();
      return Promise.reject(error({ code: 'ECONNREFUSED' }));
    };
    expect(await client().send(POST, { scope: null, signal: controller.signal })).toEqual({
      ok: false,
      failure: { kind: 'cancelled' },
    });
    expect(stub.calls).toHaveLength(1);
  });
  it('when the request broke off meanwhile: a POST may have arrived', async () => {
    const controller = new AbortController();
    stub.behave = () => {
      controller.abort();
      return Promise.reject(error({ code: 'ECONNRESET' }));
    };
    expect(await client().send(POST, { scope: null, signal: controller.signal })).toEqual(
      unknown('the call was cancelled while in flight'),
    );
  });
});

describe('maybe sent', () => {
  it.each([
    ['a reset', error({ code: 'ECONNRESET' })],
    ['an error without a code', new Error('socket hang up')],
    ['a thrown non-error', 'weird'],
    ['a thrown null', null],
  ])('%s: a POST is not re-sent, a GET is', async (_, err) => {
    stub.behave = failsWith(err);
    expect(await client().send(POST, { scope: null })).toEqual(unknown('the connection broke before Make answered'));
    expect(stub.calls).toHaveLength(1);
    stub.calls.length = 0;
    expect(await client().send(GET, { scope: null })).toEqual(
      unavailable('the connection broke before Make answered', 3),
    );
    expect(stub.calls).toHaveLength(3);
  });
  it('a body that breaks off half-way counts as a broken connection', async () => {
    stub.behave = async () => ({
      statusCode: 200,
      headers: {},
      body: Readable.from(
        (async function* () {
          yield Buffer.from('{"a":');
          throw error({ code: 'ECONNRESET' });
        })(),
      ),
    });
    expect(await client().send(POST, { scope: null })).toEqual(unknown('the connection broke before Make answered'));
  });
});

describe('timed out', () => {
  it.each([
    ['headers', error({ code: 'UND_ERR_HEADERS_TIMEOUT' })],
    ['body', error({ code: 'UND_ERR_BODY_TIMEOUT' })],
    ['aborted by the deadline', error({ name: 'AbortError' })],
    ['a timeout signal', error({ name: 'TimeoutError' })],
    ['undici abort', error({ code: 'UND_ERR_ABORTED' })],
  ])('%s: "did not answer in time"; a GET is retried, a POST is not', async (_, err) => {
    stub.behave = failsWith(err);
    expect(await client().send(GET, { scope: null })).toEqual(unavailable('Make did not answer in time', 3));
    stub.calls.length = 0;
    expect(await client().send(POST, { scope: null })).toEqual(unknown('Make did not answer in time'));
    expect(stub.calls).toHaveLength(1);
  });
});

describe('reading the answer', () => {
  it('joins the chunks of a body', async () => {
    stub.behave = async () => answer(200, ['{"conn', 'ection":', '{"id":5}}']);
    expect(await client().send(GET, { scope: null })).toEqual({
      ok: true,
      status: 200,
      data: { connection: { id: 5 } },
      attempts: 1,
    });
  });
  it('keeps a body of exactly the cap; one byte more is dropped and the stream destroyed', async () => {
    const body = '{"a":"' + 'x'.repeat(92) + '"}'; // 100 bytes
    stub.behave = async () => answer(200, [body.slice(0, 50), body.slice(50)]);
    expect(await client({ maxResponseBytes: 100 }).send(GET, { scope: null })).toMatchObject({ ok: true, status: 200 });

    const over = answer(200, [body.slice(0, 50), body.slice(50), '\n']);
    const destroy = vi.spyOn(over.body, 'destroy');
    stub.behave = async () => over;
    expect(await client({ maxResponseBytes: 100 }).send(GET, { scope: null })).toEqual({
      ok: false,
      failure: { kind: 'too-large', limitBytes: 100 },
    });
    expect(destroy).toHaveBeenCalled();
    expect(stub.calls).toHaveLength(2);
  });
  it('a success after a retry counts its attempts', async () => {
    stub.behave = async (n) => (n === 0 ? answer(503, ['{}']) : answer(200, ['{"ok":true}']));
    expect(await client().send(GET, { scope: null })).toEqual({
      ok: true,
      status: 200,
      data: { ok: true },
      attempts: 2,
    });
  });
  it('a refusal after a retry counts its attempts; other failures carry none', async () => {
    stub.behave = async (n) => (n === 0 ? answer(504, ['{}']) : answer(404, ['{"code":"SC404"}']));
    expect(await client().send(GET, { scope: null })).toEqual({
      ok: false,
      failure: { kind: 'http', status: 404, body: { code: 'SC404' }, attempts: 2 },
    });
    stub.calls.length = 0;
    stub.behave = async (n) => (n === 0 ? answer(502, ['{}']) : answer(200, ['not json']));
    expect(await client().send(GET, { scope: null })).toEqual({
      ok: false,
      failure: { kind: 'bad-json', status: 200 },
    });
  });
  it('takes the first Retry-After when Make sends several', async () => {
    stub.behave = async () => answer(429, ['{}'], { 'retry-after': ['30', '2'] });
    const c = client({ retry: { maxAttempts: 1 } });
    expect(await c.send(GET, { scope: null })).toEqual({
      ok: false,
      failure: { kind: 'rate-limited', waitSeconds: 30, limit: 60 },
    });
  });
  it('keeps the body of a final gateway error', async () => {
    stub.behave = async () => answer(502, ['{"message":"Bad Gateway"}']);
    expect(await client().send(GET, { scope: null })).toEqual({
      ok: false,
      failure: { kind: 'http', status: 502, body: { message: 'Bad Gateway' }, attempts: 3 },
    });
  });
});

describe('the connection pool', () => {
  it('is created on the first request only, with the configured timeouts', async () => {
    stub.behave = async () => answer(200, ['{}']);
    const c = client();
    expect(stub.agents).toHaveLength(0);
    await c.send(GET, { scope: null });
    await c.send(GET, { scope: null });
    expect(stub.agents.map((a) => a.options)).toEqual([
      { connect: { timeout: 10_000 }, headersTimeout: 60_000, bodyTimeout: 60_000 },
    ]);
    await c.close();
    expect(stub.agents[0].closed).toBe(1);

    client({ connectTimeoutMs: 1, headersTimeoutMs: 2, bodyTimeoutMs: 3 }).send(GET, { scope: null });
    await vi.waitFor(() => expect(stub.agents).toHaveLength(2));
    expect(stub.agents[1].options).toEqual({ connect: { timeout: 1 }, headersTimeout: 2, bodyTimeout: 3 });
  });
  it('closing a client that never sent anything creates no pool', async () => {
    await client().close();
    expect(stub.agents).toHaveLength(0);
  });
  it('each request goes to base + path with a signal, and a body only when there is one', async () => {
    stub.behave = async () => answer(200, ['{}']);
    await client().send(POST, { scope: null });
    await client().send(GET, { scope: null });
    const [post, get] = stub.calls;
    expect(post.url).toBe('https://make.example/api/v2/connections?teamId=22');
    expect(post.options).toMatchObject({ method: 'POST', body: '{"accountName":"A"}' });
    expect(post.options.signal).toBeInstanceOf(AbortSignal);
    expect(get.url).toBe('https://make.example/api/v2/connections/5');
    expect(get.options.body).toBeUndefined();
  });
});

describe('scopes and defaults', () => {
  it('allows what the scopes grant, anything needing no scope, and everything when the scopes are unknown', () => {
    const scoped = client({ scopes: new Set(['connections:read']) });
    expect([scoped.allows(null), scoped.allows('connections:read'), scoped.allows('connections:write')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(client().allows('anything:write')).toBe(true);
    expect(client({ scopes: null }).allows('anything:write')).toBe(true);
  });
  it('refuses a call without the scope before any request', async () => {
    const scoped = client({ scopes: new Set(['connections:read']) });
    expect(await scoped.send(POST, { scope: 'connections:write' })).toEqual({
      ok: false,
      failure: { kind: 'scope', scope: 'connections:write' },
    });
    expect(stub.calls).toHaveLength(0);
  });
  it('undefined options keep their defaults', async () => {
    const c = client({ rateLimit: undefined, maxConcurrent: undefined, retry: { maxAttempts: undefined } });
    expect(c.limiter.limit).toBe(60);
    stub.behave = failsWith(error({ code: 'ECONNREFUSED' }));
    expect(await c.send(GET, { scope: null })).toEqual(unavailable('Make could not be reached', 3));
  });
  it('at most 6 requests at once by default', async () => {
    const pending: (() => void)[] = [];
    stub.behave = () => new Promise((resolve) => pending.push(() => resolve(answer(200, ['{}']))));
    const c = client();
    const calls = Array.from({ length: 8 }, () => c.send(GET, { scope: null }));
    await vi.waitFor(() => expect(stub.calls).toHaveLength(6));
    await new Promise((r) => setTimeout(r, 20));
    expect(stub.calls).toHaveLength(6);
    for (const release of pending.splice(0)) release();
    await vi.waitFor(() => expect(stub.calls).toHaveLength(8));
    for (const release of pending.splice(0)) release();
    expect((await Promise.all(calls)).every((o) => o.ok)).toBe(true);
  });
});
