// When a write's outcome is unknown, an endpoint may say how to find out (its `ifUnknown`), with the call's
// own arguments filled in; otherwise the general advice stands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '../../src/endpoint.js';
import { MakeClient } from '../../src/http/client.js';
import { callTool } from '../../src/pipeline/call.js';
import { defineTool } from '../../src/pipeline/define.js';
import connections from '../../tools/connections.js';
import { startRawMake, type RawMake } from '../helpers/raw-make.js';

let make: RawMake;
let client: MakeClient;
beforeAll(async () => {
  make = await startRawMake({ status: 503, body: '{"message":"Service Unavailable"}' });
  client = new MakeClient({ baseUrl: make.baseUrl, apiKey: 'token' });
});
afterAll(async () => {
  await client.close();
  await make.close();
});

const HEAD = (request: string) =>
  `Outcome unknown: Make answered HTTP 503 after ${request} was sent, and it was not re-sent because Make may already have acted. `;

describe('outcome unknown', () => {
  it("uses the endpoint's own advice, with the arguments filled in", async () => {
    const run = endpoint({
      name: 'things_run',
      title: 'Run',
      description: 'd',
      route: 'POST /things/{thingId}/run',
      scope: null,
      effect: 'write',
      input: { thingId: z.number().describe('id'), note: z.string().describe('note') },
      example: { thingId: 1, note: 'n' },
      ifUnknown: 'List the runs of thing {thingId} (note {note}) before running it again.',
    });
    const result = await callTool(
      defineTool(run, {}, new Set()),
      { thingId: 7, note: 'hi' },
      { client, readOnly: false, secret: 'token' },
    );
    expect(result.content).toEqual([
      {
        type: 'text',
        text: `${HEAD('POST /things/7/run')}List the runs of thing 7 (note "hi") before running it again.`,
      },
    ]);
    expect(make.requests).toHaveLength(1);
  });

  it('names an argument the call left out instead of printing undefined', async () => {
    const run = endpoint({
      name: 'things_run',
      title: 'Run',
      description: 'd',
      route: 'POST /things/{thingId}/run',
      scope: null,
      effect: 'write',
      input: { thingId: z.number().describe('id'), note: z.string().optional().describe('note') },
      example: { thingId: 1 },
      ifUnknown: 'List the runs of thing {thingId} (note {note}).',
    });
    const result = await callTool(
      defineTool(run, {}, new Set()),
      { thingId: 7 },
      { client, readOnly: false, secret: 'token' },
    );
    expect((result.content[0] as { text: string }).text).toBe(
      `${HEAD('POST /things/7/run')}List the runs of thing 7 (note <note>).`,
    );
  });

  it('falls back to the general advice', async () => {
    make.requests.length = 0;
    const create = defineTool(
      connections.find((e) => e.name === 'connections_create')!,
      {},
      new Set(),
    );
    const result = await callTool(
      create,
      { teamId: 22, accountName: 'A', accountType: 'http' },
      { client, readOnly: false, secret: 'token' },
    );
    expect((result.content[0] as { text: string }).text).toBe(
      `${HEAD('POST /connections?teamId=22')}Check the current state first (for example list or get the resource, or list ` +
        'executions before running a scenario again), then decide whether to call again.',
    );
  });
});
