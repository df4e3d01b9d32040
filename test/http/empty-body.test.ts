// A 2xx answer with no body (204 No Content, or an empty 200) is a success with nothing to show, never
// "not readable JSON"; a body that is there but unreadable still is.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MakeClient } from '../../src/http/client.js';
import { callTool, type CallContext } from '../../src/pipeline/call.js';
import { defineTool } from '../../src/pipeline/define.js';
import connections from '../../tools/connections.js';
import { startRawMake, type RawMake } from '../helpers/raw-make.js';

const names = new Set(connections.map((e) => e.name));
const deleteTool = defineTool(
  connections.find((e) => e.name === 'connections_delete')!,
  {},
  names,
);
const DELETE = { method: 'DELETE', path: '/connections/5' } as const;

let make: RawMake;
let client: MakeClient;
let ctx: CallContext;
beforeAll(async () => {
  make = await startRawMake();
  client = new MakeClient({ baseUrl: make.baseUrl, apiKey: 'token' });
  ctx = { client, readOnly: false, secret: 'token' };
});
afterAll(async () => {
  await client.close();
  await make.close();
});
beforeEach(() => {
  make.requests.length = 0;
});

describe('an empty success', () => {
  it('204 No Content: success, status kept, data null, sent once', async () => {
    make.answer = { status: 204 };
    expect(await client.send(DELETE, { scope: null })).toEqual({ ok: true, status: 204, data: null, attempts: 1 });
    expect(make.requests).toHaveLength(1);
  });

  it('an empty or blank 200: success with null', async () => {
    for (const body of ['', ' \n\t ']) {
      make.answer = { status: 200, body, headers: {} };
      expect(await client.send(DELETE, { scope: null })).toEqual({ ok: true, status: 200, data: null, attempts: 1 });
    }
  });

  it('reaches the model as a plain success', async () => {
    make.answer = { status: 204 };
    const result = await callTool(deleteTool, { connectionId: 5, confirm: true }, ctx);
    expect(result).toEqual({ content: [{ type: 'text', text: 'null' }], structuredContent: { connection: null } });
    expect(result.isError).toBeUndefined();
  });
});

describe('a success that is not JSON', () => {
  it('is reported as unreadable, with the status, and not sent again', async () => {
    make.answer = { status: 200, body: '{"connection": ', headers: { 'content-type': 'application/json' } };
    const result = await callTool(deleteTool, { connectionId: 5, confirm: true }, ctx);
    expect(result).toEqual({
      content: [
        {
          type: 'text',
          text: 'Make answered DELETE /connections/5 with HTTP 200 but the body was not readable JSON. The request was accepted; check its effect before repeating it.',
        },
      ],
      isError: true,
    });
    expect(make.requests).toHaveLength(1);
  });

  it('a JSON body with blanks around it is read', async () => {
    make.answer = { status: 201, body: '  {"connection":{"id":5}}\n' };
    expect(await client.send(DELETE, { scope: null })).toEqual({
      ok: true,
      status: 201,
      data: { connection: { id: 5 } },
      attempts: 1,
    });
  });
});

describe('statuses around the success range', () => {
  it('299 is a success, 300 is not', async () => {
    make.answer = { status: 299, body: '{"a":1}' };
    expect(await client.send(DELETE, { scope: null })).toEqual({ ok: true, status: 299, data: { a: 1 }, attempts: 1 });
    make.answer = { status: 300, body: '{"message":"Multiple"}' };
    expect(await client.send(DELETE, { scope: null })).toEqual({
      ok: false,
      failure: { kind: 'http', status: 300, body: { message: 'Multiple' }, attempts: 1 },
    });
  });

  it("an error answer that is not JSON, or JSON that is not an object, carries no body of Make's", async () => {
    for (const body of ['<html>oops</html>', '"just text"', 'null', '']) {
      make.answer = { status: 400, body, headers: {} };
      expect(await client.send(DELETE, { scope: null })).toEqual({
        ok: false,
        failure: { kind: 'http', status: 400, body: undefined, attempts: 1 },
      });
    }
  });
});
