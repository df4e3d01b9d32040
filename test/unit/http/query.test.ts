// Make's query string: its conventions for pagination and arrays, and encoding that no value can use to add a
// parameter.
import { describe, expect, it } from 'vitest';
import { encodeQuery } from '../../../src/http/query.js';

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

describe("Make's query conventions", () => {
  it('pagination keys as pg[…], other keys as they are, arrays as name[]', () => {
    expect(
      decodeURIComponent(encodeQuery({ limit: 1, offset: 2, sortBy: 'n', sortDir: 'desc', order: 'x', ids: [1, 2] })),
    ).toBe('pg[limit]=1&pg[offset]=2&pg[sortBy]=n&pg[sortDir]=desc&order=x&ids[]=1&ids[]=2');
  });
  it('an empty list adds nothing; booleans and zero are kept', () => {
    expect(encodeQuery({ ids: [], a: true, b: 0 })).toBe('a=true&b=0');
    expect(encodeQuery({})).toBe('');
  });
  it('encodes keys as well as values', () => {
    expect(encodeQuery({ 'a b&c': 'x y' })).toBe('a%20b%26c=x%20y');
    expect(encodeQuery({ ids: ['a&b'] })).toBe('ids%5B%5D=a%26b');
  });
});
