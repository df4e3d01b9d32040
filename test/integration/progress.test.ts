// Progress for long waits, on the built server over Streamable HTTP and over stdio, with the SDK client's onprogress:
// a run polled for its result (run_scenario_<id>) and a run Make holds open (scenarios_run with responsive: true).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Progress } from '@modelcontextprotocol/sdk/types.js';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionAt } from '../../src/simulator/engine.js';
import { SANDBOX_TOKEN, SEED_IDS } from '../../src/simulator/index.js';
import { startGatedMake, type GatedMake } from '../helpers/gated-make.js';
import { CLI, MCP_HEADERS, rawRequest, startHttpCli, type HttpCli } from '../helpers/http-cli.js';

const IDS = SEED_IDS.onDemand;
const SLOW = `run_scenario_${IDS.slow}`;
const INVOICE = `run_scenario_${IDS.invoice}`;
const INVOICE_ARGS = { Customer_email: 'progress@example.com', Invoice_number: 'INV-7' };
const NOTE_TEXT = /; waited [\d.]+ s of \d+ s$/;

let make: GatedMake;
let http: HttpCli;
const env = () => ({
  MAKE_API_KEY: SANDBOX_TOKEN,
  MAKE_API_URL: make.url,
  MAKE_TEAM: String(SEED_IDS.team),
  MAKE_SCENARIO_TOOLS: 'all',
});
const stdioOptions = (stderr?: 'pipe') => ({
  command: process.execPath,
  args: [CLI],
  env: { PATH: process.env.PATH ?? '', ...env() },
  stderr,
});

beforeAll(async () => {
  make = await startGatedMake();
  http = await startHttpCli([], env());
});

afterAll(async () => {
  expect(await http?.stop()).toBe(0);
  await make?.close();
});

/** Ends every run of the slow scenario still going, as Make would once it is done. */
function endSlowRuns(): void {
  const runs = collectionAt(make.sim.state, `/scenarios/${IDS.slow}/executions`);
  for (const run of runs.values()) run.finishesAt = 0;
}

interface Connected {
  client: Client;
  /** Whatever reached the client's onerror: a progress note for a token it does not know lands here. */
  errors: Error[];
  /** Notifications no handler took. */
  others: unknown[];
  call(name: string, args: Record<string, unknown>, onprogress?: (note: Progress) => void): Promise<CallToolResult>;
}

async function connect(kind: 'http' | 'stdio'): Promise<Connected> {
  const client = new Client({ name: `progress-${kind}`, version: '1.0.0' });
  const errors: Error[] = [];
  const others: unknown[] = [];
  client.onerror = (err) => errors.push(err);
  client.fallbackNotificationHandler = async (n) => void others.push(n);
  const transport = kind === 'http' ? new StreamableHTTPClientTransport(new URL(http.url)) : undefined;
  await client.connect(transport ?? new StdioClientTransport(stdioOptions()));
  await client.listTools(); // the client checks structuredContent against the outputSchema it listed
  const call: Connected['call'] = async (name, args, onprogress) =>
    (await client.callTool({ name, arguments: args }, undefined, onprogress && { onprogress })) as CallToolResult;
  return { client, errors, others, call };
}

/** Resolves at the call's first progress note; its answer coming first fails. */
function firstNote(call: (onprogress: () => void) => Promise<unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    call(() => resolve()).then(
      (answer) => reject(new Error(`answered before any progress: ${JSON.stringify(answer)}`)),
      () => {}, // the connection closed under it
    );
  });
}

function expectGrowing(notes: Progress[], total: number): void {
  const steps = notes.map((n) => n.progress);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
  expect(new Set(steps).size).toBe(steps.length);
  for (const note of notes) expect(note).toMatchObject({ total, message: expect.stringMatching(NOTE_TEXT) });
}

describe.each(['http', 'stdio'] as const)('over %s', (kind) => {
  let c: Connected;
  beforeAll(async () => {
    c = await connect(kind);
  });
  afterAll(async () => {
    await c?.client.close();
  });
  /** A note still coming for an earlier call arrives before this answer (stdio keeps order; HTTP closed its stream). */
  const anotherCall = () => c.call('scenarios_list', { teamId: SEED_IDS.team });

  it('tells how a polled run goes while it waits, and stops once it ends', async () => {
    const notes: Progress[] = [];
    const result = await c.call(SLOW, { index: 'products' }, (note) => {
      notes.push(note);
      if (notes.length === 3) endSlowRuns();
    });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ status: 'SUCCESS', outputs: { documents: 1200 } });
    const { executionId } = result.structuredContent as { executionId: string };
    // started, then one per poll that found it running; the poll that found it done answered instead
    expect(notes.length).toBe(3);
    expectGrowing(notes, 40);
    expect(notes[0].message).toMatch(new RegExp(`^Started scenario ${IDS.slow} \\(execution ${executionId}\\); `));
    expect(notes[2].message).toMatch(new RegExp(`^Scenario ${IDS.slow} is RUNNING \\(execution ${executionId}\\); `));

    await anotherCall();
    expect(notes.length).toBe(3);
    expect(c.errors).toEqual([]);
    expect(c.others).toEqual([]);
  });

  it('tells how a run Make holds open goes (scenarios_run, responsive) until Make answers', async () => {
    const gate = make.hold(`/scenarios/${IDS.invoice}/run`);
    const notes: Progress[] = [];
    const data = { 'Customer email': 'held@example.com', 'Invoice number': 'INV-8' };
    const args = { scenarioId: IDS.invoice, data, responsive: true, confirm: true };
    const call = c.call('scenarios_run', args, (note) => {
      notes.push(note);
      if (notes.length === 2) gate.release();
    });
    await gate.arrived;
    const result = await call;
    expect(result.isError).toBeFalsy();
    expect(notes.length).toBe(2);
    expectGrowing(notes, 40);
    expect(notes[0].message).toMatch(new RegExp(`^Make is running scenario ${IDS.invoice}; waited`));

    await anotherCall();
    expect(notes.length).toBe(2);
    expect(c.errors).toEqual([]);
  });

  it('tells nothing to a client that sent no progress token', async () => {
    const result = await c.call(INVOICE, INVOICE_ARGS);
    expect(result.structuredContent).toMatchObject({ status: 'SUCCESS' });
    await anotherCall();
    expect(c.errors).toEqual([]);
    expect(c.others).toEqual([]);

    const notes: Progress[] = []; // the same run with a token is told: the silence above is the missing token's
    await c.call(INVOICE, INVOICE_ARGS, (note) => void notes.push(note));
    expect(notes.length).toBeGreaterThan(0);
  });
});

describe('a client that goes away mid-wait', () => {
  it('over HTTP: the server goes on serving the next client', async () => {
    const gone = await connect('http');
    await firstNote((onprogress) => gone.call(SLOW, { index: 'customers' }, onprogress));
    await gone.client.close();
    const next = await connect('http');
    endSlowRuns();
    expect((await next.call(INVOICE, INVOICE_ARGS)).structuredContent).toMatchObject({ status: 'SUCCESS' });
    await next.client.close();
    expect(http.child.exitCode).toBeNull();
    expect(http.stderr()).not.toMatch(/Error|unhandled|Internal/i);
  });

  it('over stdio: the server ends cleanly', async () => {
    const client = new Client({ name: 'progress-stdio-gone', version: '1.0.0' });
    const transport = new StdioClientTransport(stdioOptions('pipe'));
    let stderr = '';
    transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await client.connect(transport);
    await client.listTools();
    // the child itself, to see how it ended (the SDK's transport keeps it to itself)
    const child = (transport as unknown as { _process: ChildProcess })._process;
    const exited = new Promise<unknown>((resolve) => child.once('exit', (code, signal) => resolve([code, signal])));
    const call = (onprogress: () => void) =>
      client.callTool({ name: SLOW, arguments: { index: 'products' } }, undefined, { onprogress });
    await firstNote(call);
    await client.close();
    endSlowRuns();
    expect(await exited).toEqual([0, null]); // ended on its own once stdin closed, not killed
    expect(stderr).not.toMatch(/Error|unhandled|Internal/i);
  });
});

describe('over raw HTTP', () => {
  it('answers in one JSON body without a progress token, and as an event stream with the notes with it', async () => {
    const call = (id: number, meta?: object) => {
      const params = { name: INVOICE, arguments: INVOICE_ARGS, ...(meta ? { _meta: meta } : {}) };
      const headers = { ...MCP_HEADERS, 'mcp-protocol-version': '2025-06-18' };
      const body = JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params });
      return rawRequest(http.url, { headers, body });
    };
    const plain = await call(1);
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    expect(plain.text).not.toContain('notifications/progress');
    expect(JSON.parse(plain.text)).toMatchObject({ id: 1, result: { structuredContent: { status: 'SUCCESS' } } });

    const streamed = await call(2, { progressToken: 'tok-2' });
    expect(streamed.headers['content-type']).toMatch(/^text\/event-stream/);
    const data = streamed.text.split('\n').filter((line) => line.startsWith('data: '));
    const events = data.map((line) => JSON.parse(line.slice(6)) as unknown);
    const started = { progressToken: 'tok-2', progress: 0, total: 40, message: expect.stringMatching(NOTE_TEXT) };
    expect(events[0]).toMatchObject({ method: 'notifications/progress', params: started });
    expect(events.at(-1)).toMatchObject({ id: 2, result: { structuredContent: { status: 'SUCCESS' } } });
  });
});
