// What goes on the wire: a JSON body always travels as application/json, a request without a body carries
// neither a body nor a Content-Type, and every request names the token, JSON and the server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MakeClient } from '../../src/http/client.js';
import { callTool, type CallContext } from '../../src/pipeline/call.js';
import { defineTool } from '../../src/pipeline/define.js';
import { VERSION } from '../../src/version.js';
import connections from '../../tools/connections.js';
import { startRawMake, type RawMake } from '../helpers/raw-make.js';

const names = new Set(connections.map((e) => e.name));
const tool = (name: string) =>
  defineTool(
    connections.find((e) => e.name === name)!,
    {},
    names,
  );

let make: RawMake;
let client: MakeClient;
let ctx: CallContext;
beforeAll(async () => {
  make = await startRawMake();
  client = new MakeClient({ baseUrl: make.baseUrl, apiKey: 'wire-token' });
  ctx = { client, readOnly: false, secret: 'wire-token' };
});
afterAll(async () => {
  await client.close();
  await make.close();
});
beforeEach(() => {
  make.requests.length = 0;
  make.answer = { status: 200, body: '{"connection":{"id":1}}' };
});

describe('JSON bodies', () => {
  it('a POST sends its body as JSON with Content-Type application/json', async () => {
    const result = await callTool(
      tool('connections_create'),
      { teamId: 22, accountName: 'A', accountType: 'http', data: { apiKey: 'k' } },
      ctx,
    );
    expect(result.isError).toBeUndefined();
    expect(make.requests).toHaveLength(1);
    const [req] = make.requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/api/v2/connections?teamId=22');
    expect(req.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req.body)).toEqual({ apiKey: 'k', accountName: 'A', accountType: 'http' });
  });

  it('a PATCH does too', async () => {
    await callTool(tool('connections_update'), { connectionId: 5, name: 'B' }, ctx);
    expect(make.requests[0].headers['content-type']).toBe('application/json');
    expect(make.requests[0].body).toBe('{"name":"B"}');
  });

  it('an empty JSON object is still sent as JSON', async () => {
    await callTool(tool('connections_verify'), { connectionId: 5 }, ctx);
    expect(make.requests[0].method).toBe('POST');
    expect(make.requests[0].headers['content-type']).toBe('application/json');
    expect(make.requests[0].body).toBe('{}');
  });

  it('a GET or DELETE without a body sends no body and no Content-Type', async () => {
    await callTool(tool('connections_get'), { connectionId: 5 }, ctx);
    await callTool(tool('connections_delete'), { connectionId: 5, confirm: true }, ctx);
    expect(make.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v2/connections/5',
      'DELETE /api/v2/connections/5',
    ]);
    for (const req of make.requests) {
      expect(req.headers).not.toHaveProperty('content-type');
      expect(req.body).toBe('');
    }
  });
});

describe('every request', () => {
  it('carries the token, asks for JSON and names the server', async () => {
    await callTool(tool('connections_get'), { connectionId: 5 }, ctx);
    await callTool(tool('connections_create'), { teamId: 22, accountName: 'A', accountType: 'http' }, ctx);
    for (const req of make.requests) {
      expect(req.headers.authorization).toBe('Token wire-token');
      expect(req.headers.accept).toBe('application/json');
      expect(req.headers['user-agent']).toBe(`make-mcp/${VERSION}`);
    }
  });

  it('goes below the configured base, whatever trailing slashes it was given', async () => {
    const slashed = new MakeClient({ baseUrl: `${make.baseUrl}//`, apiKey: 'wire-token' });
    try {
      await slashed.send({ method: 'GET', path: '/connections/5' }, { scope: null });
    } finally {
      await slashed.close();
    }
    expect(make.requests.map((r) => r.url)).toEqual(['/api/v2/connections/5']);
  });
});
