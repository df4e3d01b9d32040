// Bodies that are not JSON: a declared text body goes out byte for byte with its own Content-Type, and an
// answer whose type is not JSON comes back as the text it is. JSON stays the default both ways.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '../../src/endpoint.js';
import { MakeClient } from '../../src/http/client.js';
import { buildRequest } from '../../src/http/request.js';
import { callTool } from '../../src/pipeline/call.js';
import { defineTool } from '../../src/pipeline/define.js';
import { startRawMake, type RawMake } from '../helpers/raw-make.js';

const setSection = endpoint({
  name: 'things_set-section',
  title: 'Set section',
  description: 'd',
  route: 'PUT /things/{thingId}/sections/{section}',
  scope: null,
  effect: 'write',
  input: {
    thingId: z.number().describe('id'),
    section: z.string().describe('section'),
    body: z.string().describe('text'),
    draft: z.boolean().optional().describe('draft'),
  },
  textBody: { input: 'body', contentType: 'application/jsonc' },
  example: { thingId: 1, section: 'api', body: '{}' },
});

let make: RawMake;
let client: MakeClient;
beforeAll(async () => {
  make = await startRawMake();
  client = new MakeClient({ baseUrl: make.baseUrl, apiKey: 'token' });
});
afterAll(async () => {
  await client.close();
  await make.close();
});
beforeEach(() => {
  make.requests.length = 0;
  make.answer = { status: 200, body: '{"changed":true}' };
});

describe('a declared text body', () => {
  it('is built as the text itself with its type; the other inputs go to the query', () => {
    const text = '{\n  // a comment survives\n  "url": "/x"\n}';
    expect(buildRequest(setSection, { thingId: 1, section: 'api', body: text, draft: true })).toEqual({
      method: 'PUT',
      path: '/things/1/sections/api?draft=true',
      body: text,
      contentType: 'application/jsonc',
    });
    expect(buildRequest(setSection, { thingId: 1, section: 'api' })).toEqual({
      method: 'PUT',
      path: '/things/1/sections/api',
      body: '',
      contentType: 'application/jsonc',
    });
  });

  it('goes out byte for byte with that Content-Type, accepting any answer type', async () => {
    const text = '{\n  // keep me\n  "a": 1,\n}';
    const result = await callTool(
      defineTool(setSection, {}, new Set()),
      { thingId: 1, section: 'api', body: text },
      { client, readOnly: false, secret: 'token' },
    );
    expect(result.isError).toBeUndefined();
    const [req] = make.requests;
    expect(req.body).toBe(text);
    expect(req.headers['content-type']).toBe('application/jsonc');
    expect(req.headers.accept).toBe('*/*');
  });

  it('a JSON body keeps application/json both ways', async () => {
    await client.send({ method: 'POST', path: '/things', body: { a: 1 } }, { scope: null });
    expect(make.requests[0].headers['content-type']).toBe('application/json');
    expect(make.requests[0].headers.accept).toBe('application/json');
  });
});

describe('an answer that is not JSON', () => {
  it.each(['text/plain', 'application/jsonc', 'text/markdown; charset=utf-8', 'application/javascript'])(
    '%s: the text as it is',
    async (type) => {
      make.answer = { status: 200, body: '// code\nreturn 1;', headers: { 'content-type': type } };
      expect(await client.send({ method: 'GET', path: '/things/1/code' }, { scope: null })).toEqual({
        ok: true,
        status: 200,
        data: '// code\nreturn 1;',
        attempts: 1,
      });
    },
  );

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    ' application/json ;x=y',
    'application/problem+json',
    '',
  ])('%s: parsed as JSON', async (type) => {
    make.answer = { status: 200, body: '{"a":1}', headers: { 'content-type': type } };
    expect(await client.send({ method: 'GET', path: '/things/1' }, { scope: null })).toEqual({
      ok: true,
      status: 200,
      data: { a: 1 },
      attempts: 1,
    });
  });

  it('an empty text answer is empty text, not null', async () => {
    make.answer = { status: 200, body: '', headers: { 'content-type': 'text/plain' } };
    expect(await client.send({ method: 'GET', path: '/things/1/readme' }, { scope: null })).toEqual({
      ok: true,
      status: 200,
      data: '',
      attempts: 1,
    });
  });

  it('reaches the model as plain text, not a JSON string', async () => {
    const readme = endpoint({
      name: 'things_readme',
      title: 'Readme',
      description: 'd',
      route: 'GET /things/{thingId}/readme',
      scope: null,
      effect: 'read',
      input: { thingId: z.number().describe('id') },
      example: { thingId: 1 },
    });
    make.answer = { status: 200, body: '# Title\n"quoted"', headers: { 'content-type': 'text/markdown' } };
    const result = await callTool(
      defineTool(readme, {}, new Set()),
      { thingId: 1 },
      { client, readOnly: false, secret: 'token' },
    );
    expect(result.content).toEqual([{ type: 'text', text: '# Title\n"quoted"' }]);
  });
});
