// From a declaration and arguments to the exact request: path segments that cannot escape, inputs in the
// query or the body as declared (text bodies too), Make's query conventions and its own query names.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint, type Endpoint } from '../../../src/endpoint.js';
import { encodeQuery } from '../../../src/http/query.js';
import { buildRequest, encodeSegment } from '../../../src/http/request.js';
import connections from '../../../tools/connections.js';

const byName = (name: string) => connections.find((e) => e.name === name)!;
const declare = (route: Endpoint['route'], extra: Partial<Endpoint> = {}) =>
  endpoint({
    name: 'things_x',
    title: 't',
    description: 'd',
    route,
    scope: null,
    effect: 'write',
    input: {},
    example: {},
    ...extra,
  });

describe('path segments', () => {
  it('refuse empty and dot segments, naming the value', () => {
    for (const bad of ['', '.', '..']) expect(() => encodeSegment(bad)).toThrow(`"${bad}" is not a valid id`);
  });
  it('encode everything that could change the route', () => {
    expect(encodeSegment('...')).toBe('...');
    expect(encodeSegment('a/b')).toBe('a%2Fb');
    expect(encodeSegment('%2e%2e')).toBe('%252e%252e');
    expect(encodeSegment(5)).toBe('5');
  });
  it('a missing path parameter is an error naming it', () => {
    expect(() => buildRequest(byName('connections_get'), {})).toThrow('Missing path parameter connectionId');
  });
  it('a path parameter never also goes to the query or body', () => {
    expect(buildRequest(byName('connections_get'), { connectionId: 7 })).toEqual({
      method: 'GET',
      path: '/connections/7',
    });
    expect(buildRequest(byName('connections_update'), { connectionId: 7, name: 'n' })).toEqual({
      method: 'PATCH',
      path: '/connections/7',
      body: { name: 'n' },
    });
  });
});

describe('query or body', () => {
  it('GET: everything in the query; no body at all', () => {
    const r = buildRequest(byName('connections_list'), { teamId: 22, type: ['slack', 'google'], cols: ['id'] });
    expect(r).toEqual({
      method: 'GET',
      path: '/connections?teamId=22&type%5B%5D=slack&type%5B%5D=google&cols%5B%5D=id',
    });
    expect(r).not.toHaveProperty('body');
  });
  it('DELETE: the query, unless an input is declared for the body', () => {
    expect(buildRequest(byName('connections_delete'), { connectionId: 5, confirmed: true })).toEqual({
      method: 'DELETE',
      path: '/connections/5?confirmed=true',
    });
    const withBody = declare('DELETE /things/{id}', { body: ['ids'] });
    expect(buildRequest(withBody, { id: 1, ids: [2, 3], confirmed: true })).toEqual({
      method: 'DELETE',
      path: '/things/1?confirmed=true',
      body: { ids: [2, 3] },
    });
    expect(buildRequest(declare('DELETE /things', { body: [] }), { a: 1 })).toEqual({
      method: 'DELETE',
      path: '/things?a=1',
    });
  });
  it('POST, PUT and PATCH: the body, unless declared for the query', () => {
    expect(buildRequest(byName('connections_create'), { teamId: 22, accountName: 'A', accountType: 'http' })).toEqual({
      method: 'POST',
      path: '/connections?teamId=22',
      body: { accountName: 'A', accountType: 'http' },
    });
    expect(buildRequest(declare('PUT /things/{id}'), { id: 1, a: 1 })).toEqual({
      method: 'PUT',
      path: '/things/1',
      body: { a: 1 },
    });
    expect(buildRequest(byName('connections_update'), { connectionId: 1, name: 'n', cols: ['id'] })).toEqual({
      method: 'PATCH',
      path: '/connections/1?cols%5B%5D=id',
      body: { name: 'n' },
    });
  });
  it('leaves out undefined inputs', () => {
    expect(
      buildRequest(byName('connections_create'), { teamId: undefined, accountName: 'A', accountType: undefined }),
    ).toStrictEqual({
      method: 'POST',
      path: '/connections',
      body: { accountName: 'A' },
    });
  });
  it('a spread object joins the body, the declared inputs winning', () => {
    expect(buildRequest(byName('connections_set-data'), { connectionId: 3, data: { url: 'u', apiKey: 'k' } })).toEqual({
      method: 'POST',
      path: '/connections/3/set-data',
      body: { url: 'u', apiKey: 'k' },
    });
    expect(
      buildRequest(byName('connections_create'), { accountName: 'A', data: { accountName: 'B', x: 1 } }).body,
    ).toEqual({ accountName: 'A', x: 1 });
  });
  it('JSON-text inputs are sent as JSON text, strings as they are', () => {
    const ep = declare('POST /things', { jsonText: ['blueprint'] });
    expect(buildRequest(ep, { blueprint: { a: [1] }, name: { b: 2 } }).body).toEqual({
      blueprint: '{"a":[1]}',
      name: { b: 2 },
    });
    expect(buildRequest(ep, { blueprint: '{"a":1}' }).body).toEqual({ blueprint: '{"a":1}' });
  });
});

describe("Make's query conventions in the request", () => {
  it("an input may carry Make's own query name, sent as it is (not as pg[…], not with a second [])", () => {
    const ep = declare('GET /things', {
      queryNames: { pageLimit: 'limit', ids: 'id[]', teamId: 'team' } as Endpoint['queryNames'],
    });
    expect(decodeURIComponent(buildRequest(ep, { pageLimit: 5, ids: [1, 2], teamId: 3, offset: 10 }).path)).toBe(
      '/things?limit=5&id[]=1&id[]=2&team=3&pg[offset]=10',
    );
    expect(decodeURIComponent(encodeQuery({ limit: 5 }, new Set(['limit'])))).toBe('limit=5');
    expect(decodeURIComponent(encodeQuery({ limit: 5 }, new Set(['offset'])))).toBe('pg[limit]=5');
  });
  it('a query-only tool with nothing to send has no "?"', () => {
    const ep = endpoint({
      name: 'things_list',
      title: 't',
      description: 'd',
      route: 'GET /things',
      scope: null,
      effect: 'read',
      input: { a: z.number().optional() },
      example: {},
    });
    expect(buildRequest(ep, {}).path).toBe('/things');
  });
});

describe('encodeSegment', () => {
  it('encodes slashes and refuses dot segments', () => {
    expect(encodeSegment('../users/me')).toBe('..%2Fusers%2Fme');
    expect(encodeSegment('a?b#c')).toBe('a%3Fb%23c');
    expect(() => encodeSegment('..')).toThrow();
    expect(() => encodeSegment('.')).toThrow();
    expect(() => encodeSegment('')).toThrow();
  });
});

describe('buildRequest', () => {
  const get = endpoint({
    name: 'things_get',
    title: 't',
    description: 'd',
    route: 'GET /teams/{teamId}/things/{thingId}',
    scope: null,
    effect: 'read',
    input: { teamId: z.number(), thingId: z.string(), cols: z.array(z.string()).optional() },
    example: { teamId: 1, thingId: 'x' },
  });
  const post = endpoint({
    name: 'things_create',
    title: 't',
    description: 'd',
    route: 'POST /things',
    scope: null,
    effect: 'write',
    input: { teamId: z.number(), name: z.string(), extra: z.record(z.unknown()).optional() },
    query: ['teamId'],
    spread: 'extra',
    example: { teamId: 1, name: 'n' },
  });

  it('fills and encodes path parameters; the rest of a GET goes to the query', () => {
    expect(buildRequest(get, { teamId: 1, thingId: '../users/me', cols: ['id'] })).toEqual({
      method: 'GET',
      path: '/teams/1/things/..%2Fusers%2Fme?cols%5B%5D=id',
    });
  });
  it('sends declared query inputs in the query and the rest in the body, spread fields merged', () => {
    expect(buildRequest(post, { teamId: 3, name: 'n', extra: { apiKey: 'k', name: 'ignored' } })).toEqual({
      method: 'POST',
      path: '/things?teamId=3',
      body: { apiKey: 'k', name: 'n' },
    });
  });
  it('sends an empty JSON body for a POST without body inputs', () => {
    expect(buildRequest(post, { teamId: 3 }).body).toEqual({});
  });
});

describe("Make's own query names", () => {
  it('sends an input under the query name its declaration gives, arrays once bracketed', () => {
    const e = {
      name: 'x_list',
      title: 'x',
      description: 'x',
      route: 'GET /x' as const,
      scope: null,
      effect: 'read' as const,
      input: { last: z.number(), dateFrom: z.string(), team: z.array(z.number()) },
      queryNames: { last: 'pg[last]', dateFrom: 'timeframe[dateFrom]', team: 'team[]' },
      example: {},
    };
    const request = buildRequest(e, { last: 5, dateFrom: '2026-01-01', team: [1, 2] });
    expect(decodeURIComponent(request.path)).toBe('/x?pg[last]=5&timeframe[dateFrom]=2026-01-01&team[]=1&team[]=2');
    const plain = { ...e, input: { limit: z.number() }, queryNames: { limit: 'limit' } };
    expect(buildRequest(plain, { limit: 5 }).path).toBe('/x?limit=5'); // Make's plain limit, not pg[limit]
  });
});

describe('text bodies', () => {
  it('sends the declared input as the whole body with its content type, the rest in the query', () => {
    const e = {
      name: 'x_set-section',
      title: 'x',
      description: 'x',
      route: 'PUT /apps/{name}/{section}' as const,
      scope: null,
      effect: 'write' as const,
      input: { name: z.string(), section: z.string(), body: z.string(), all: z.boolean() },
      textBody: { input: 'body' as const, contentType: 'application/jsonc' },
      example: {},
    };
    const text = '{ // comment\n "a": 1 }';
    expect(buildRequest(e, { name: 'acme', section: 'api', body: text, all: true })).toEqual({
      method: 'PUT',
      path: '/apps/acme/api?all=true',
      body: text,
      contentType: 'application/jsonc',
    });
  });
});
