// A list tool that takes offset ends a page that may not be the last with the exact call for the next one;
// a tool without offset never does.
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
  make = await startRawMake({
    status: 200,
    body: JSON.stringify({ connections: [{ id: 1 }, { id: 2 }], pg: { limit: 2, offset: 4 } }),
  });
  client = new MakeClient({ baseUrl: make.baseUrl, apiKey: 'token' });
});
afterAll(async () => {
  await client.close();
  await make.close();
});

// the answer, then what the model is told about it in its own block
const textOf = (r: { content: unknown[] }) => r.content.map((c) => (c as { text: string }).text).join('\n');

describe('next page through the pipeline', () => {
  it('a tool with offset: says where to continue', async () => {
    const paged = endpoint({
      name: 'things_list',
      title: 'List',
      description: 'd',
      route: 'GET /connections',
      scope: null,
      effect: 'read',
      input: { limit: z.number().optional().describe('limit'), offset: z.number().optional().describe('offset') },
      result: 'connections',
      example: {},
    });
    const result = await callTool(
      defineTool(paged, {}, new Set()),
      { limit: 2, offset: 4 },
      { client, readOnly: false, secret: 'token' },
    );
    expect(textOf(result)).toBe(
      '[{"id":1},{"id":2}]\npg: {"limit":2,"offset":4}\nNext page: call again with offset: 6, limit: 2.',
    );
    expect(make.requests.at(-1)!.url).toBe('/api/v2/connections?pg%5Blimit%5D=2&pg%5Boffset%5D=4');
  });
  it('a tool without offset: nothing to add', async () => {
    const list = defineTool(
      connections.find((e) => e.name === 'connections_list')!,
      {},
      new Set(),
    );
    expect(textOf(await callTool(list, { teamId: 22 }, { client, readOnly: false, secret: 'token' }))).toBe(
      '[{"id":1},{"id":2}]\npg: {"limit":2,"offset":4}',
    );
  });
});
