// Cancellation and the deadline: what the model hears depends on whether the request may have reached Make,
// and a call stopped while queued gives back its place (rate-limit slot, connection slot).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MakeClient } from '../../src/http/client.js';
import { callTool } from '../../src/pipeline/call.js';
import { defineTool } from '../../src/pipeline/define.js';
import connections from '../../tools/connections.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startHarness, type Harness, type HarnessOptions } from '../helpers/harness.js';

const SCOPES = ['connections:read', 'connections:write'];
const names = new Set(connections.map((e) => e.name));
const tool = (name: string) =>
  defineTool(
    connections.find((e) => e.name === name)!,
    {},
    names,
  );
const GET_ROUTE = 'GET /connections/{connectionId}';

const CANCELLED = (request: string) => `Cancelled: ${request} was stopped and nothing was changed.`;
const IN_FLIGHT_UNKNOWN = (request: string) =>
  `Outcome unknown: the call was cancelled while in flight after ${request} was sent, and it was not re-sent because ` +
  'Make may already have acted. Check the current state first (for example list or get the resource, or list executions ' +
  'before running a scenario again), then decide whether to call again.';

const harnesses: Harness[] = [];
async function harness(options: HarnessOptions = {}): Promise<Harness> {
  const h = await startHarness({
    ...options,
    config: { toolsets: ['connections'], scopes: SCOPES, ...options.config },
  });
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

/** Runs a tool through the pipeline with a cancellation signal of the test's own. */
function start(make: MakeClient, name: string, args: Record<string, unknown>, signal?: AbortSignal) {
  return callTool(tool(name), args, { client: make, readOnly: false, secret: 'sandbox-token', signal }).then((r) => ({
    ...r,
    text: (r.content[0] as { text: string }).text,
  }));
}

describe('cancelled while the request is in flight', () => {
  it.each([
    ['connections_get', { connectionId: 102 }, 'GET /connections/102', CANCELLED],
    [
      'connections_create',
      { teamId: 22, accountName: 'X', accountType: 'http' },
      'POST /connections?teamId=22',
      IN_FLIGHT_UNKNOWN,
    ],
    ['connections_update', { connectionId: 102, name: 'Y' }, 'PATCH /connections/102', IN_FLIGHT_UNKNOWN],
    ['connections_delete', { connectionId: 102, confirm: true }, 'DELETE /connections/102', IN_FLIGHT_UNKNOWN],
  ] as const)('%s: %s', async (name, args, request, expected) => {
    const h = await harness({ client: { headersTimeoutMs: 30_000 } });
    h.sim.injectFault({ kind: 'hang' });
    const controller = new AbortController();
    const pending = start(h.make, name, args, controller.signal);
    await vi.waitFor(() => expect(h.sim.requests).toHaveLength(1));
    controller.abort();
    const result = await pending;
    expect(result.isError).toBe(true);
    expect(result.text).toBe(expected(request));
    expect(h.sim.requests).toHaveLength(1); // never re-sent
  });
});

describe('stopped while queued for the rate limit: nothing was sent', () => {
  it('cancelled: says so, and gives its slot back to the next call', async () => {
    const clock = new FakeClock();
    const h = await harness({ config: { rateLimit: 1 }, client: { clock, maxWaitMs: 100_000 } });
    expect((await start(h.make, 'connections_get', { connectionId: 101 })).isError).toBeUndefined();

    const controller = new AbortController();
    const queued = start(h.make, 'connections_get', { connectionId: 102 }, controller.signal);
    await vi.waitFor(() => expect(clock.sleepers).toBe(1)); // waiting ~60 s for the window
    controller.abort();
    expect((await queued).text).toBe(CANCELLED('GET /connections/102'));
    expect(h.sim.requests).toHaveLength(1);

    // Its reservation is gone: the next call gets the same slot (~60.6 s away), not one a window later
    // (which would be beyond maxWait and refused).
    const next = start(h.make, 'connections_get', { connectionId: 103 });
    await vi.waitFor(() => expect(clock.sleepers).toBe(1));
    await clock.advance(60_600);
    const result = await next;
    expect(result.isError, result.text).toBeUndefined();
    expect(h.sim.requests.map((r) => r.path)).toEqual(['/api/v2/connections/101', '/api/v2/connections/103']);
  });

  it('deadline: "timed out while waiting for a slot of the rate limit", no attempt made', async () => {
    const clock = new FakeClock();
    const h = await harness({ config: { rateLimit: 1 }, client: { clock, maxWaitMs: 100_000, callTimeoutMs: 200 } });
    await start(h.make, 'connections_get', { connectionId: 101 });
    const result = await start(h.make, 'connections_create', { teamId: 22, accountName: 'X', accountType: 'http' });
    expect(result.text).toBe(
      'Make is unavailable: the call timed out while waiting for a slot of the rate limit (0 attempts). Nothing needs undoing; try again later.',
    );
    expect(h.sim.requests).toHaveLength(1);
    expect(clock.sleepers).toBe(0);
  });
});

describe('stopped while waiting for a connection slot', () => {
  it('cancelled: answers at once, and the calls behind it still get their turn', async () => {
    const h = await harness({ client: { maxConcurrent: 1, headersTimeoutMs: 30_000 } });
    h.sim.injectFault({ kind: 'hang', route: GET_ROUTE });
    const first = new AbortController();
    const hung = start(h.make, 'connections_get', { connectionId: 101 }, first.signal);
    await vi.waitFor(() => expect(h.sim.requests).toHaveLength(1));

    const second = new AbortController();
    const waiting = start(h.make, 'connections_get', { connectionId: 102 }, second.signal);
    const third = start(h.make, 'connections_get', { connectionId: 103 });
    second.abort();
    expect((await waiting).text).toBe(CANCELLED('GET /connections/102'));

    first.abort(); // frees the one connection slot: it must go to the third call, not to the cancelled one
    expect((await hung).text).toBe(CANCELLED('GET /connections/101'));
    const result = await third;
    expect(result.isError, result.text).toBeUndefined();
    expect(h.sim.requests.map((r) => r.path)).toEqual(['/api/v2/connections/101', '/api/v2/connections/103']);
  });

  it("a call cancelled after it got its slot takes no other call's place in the queue", async () => {
    const h = await harness({ client: { maxConcurrent: 1, headersTimeoutMs: 30_000 } });
    h.sim.injectFault({ kind: 'hang', route: GET_ROUTE, times: 2 });
    const [a, b] = [new AbortController(), new AbortController()];
    const first = start(h.make, 'connections_get', { connectionId: 101 }, a.signal);
    await vi.waitFor(() => expect(h.sim.requests).toHaveLength(1));
    const second = start(h.make, 'connections_get', { connectionId: 102 }, b.signal);
    const third = start(h.make, 'connections_get', { connectionId: 103 });
    a.abort(); // the second gets the slot and hangs in its turn
    await vi.waitFor(() => expect(h.sim.requests).toHaveLength(2));
    b.abort(); // must free the slot for the third, which waits behind it
    expect((await first).text).toBe(CANCELLED('GET /connections/101'));
    expect((await second).text).toBe(CANCELLED('GET /connections/102'));
    const result = await third;
    expect(result.isError, result.text).toBeUndefined();
    expect(h.sim.requests.map((r) => r.path)).toEqual([
      '/api/v2/connections/101',
      '/api/v2/connections/102',
      '/api/v2/connections/103',
    ]);
  });

  it('already cancelled when it arrives: answers at once without waiting for the slot', async () => {
    const h = await harness({ client: { maxConcurrent: 1, headersTimeoutMs: 30_000 } });
    h.sim.injectFault({ kind: 'hang', route: GET_ROUTE });
    const first = new AbortController();
    const hung = start(h.make, 'connections_get', { connectionId: 101 }, first.signal);
    await vi.waitFor(() => expect(h.sim.requests).toHaveLength(1));

    const result = await start(h.make, 'connections_get', { connectionId: 102 }, AbortSignal.abort());
    expect(result.text).toBe(CANCELLED('GET /connections/102'));
    first.abort();
    await hung;
    expect(h.sim.requests).toHaveLength(1);
  });
});

describe('already cancelled before anything is sent', () => {
  it.each([
    ['connections_get', { connectionId: 101 }, 'GET /connections/101'],
    ['connections_create', { teamId: 22, accountName: 'A', accountType: 'http' }, 'POST /connections?teamId=22'],
  ])('%s: "cancelled, nothing changed", never "outcome unknown", and no request', async (name, args, request) => {
    const h = await harness();
    const result = await start(h.make, name, args, AbortSignal.abort());
    expect(result.text).toBe(CANCELLED(request));
    expect(h.sim.requests).toHaveLength(0);
  });
});
