import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '../../../src/endpoint.js';
import { encodeQuery } from '../../../src/http/query.js';
import { buildRequest, encodeSegment } from '../../../src/http/request.js';

describe('encodeQuery', () => {
  it("uses Make's conventions for arrays and pagination", () => {
    expect(
      decodeURIComponent(
        encodeQuery({ teamId: 5, cols: ['id', 'name'], limit: 10, offset: 20, sortBy: 'name', sortDir: 'asc' }),
      ),
    ).toBe('teamId=5&cols[]=id&cols[]=name&pg[limit]=10&pg[offset]=20&pg[sortBy]=name&pg[sortDir]=asc');
  });
  it('leaves out undefined and null, keeps false and 0', () => {
    expect(encodeQuery({ a: undefined, b: null, c: false, d: 0 })).toBe('c=false&d=0');
  });
  it('encodes values so they cannot add parameters', () => {
    expect(encodeQuery({ name: 'a&b=c' })).toBe('name=a%26b%3Dc');
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
