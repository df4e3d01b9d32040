// The next page: a list tool that takes offset says the exact call for the rest when its page was cut or
// filled its limit — and says nothing when the list is complete.
import { describe, expect, it } from 'vitest';
import { shapeResult } from '../../src/output.js';

// the answer, then what the model is told about it in its own block
const textOf = (r: ReturnType<typeof shapeResult>) => r.content.map((c) => (c as { text: string }).text).join('\n');
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i }));
const page = (list: unknown[], pg?: unknown, maxChars?: number) =>
  textOf(shapeResult({ connections: list, pg }, 'connections', { maxChars, pageable: true }));

describe('next page', () => {
  it('a full page: continue after it, with the same limit', () => {
    expect(page(items(3), { limit: 3, offset: 6 })).toBe(
      `${JSON.stringify(items(3))}\npg: {"limit":3,"offset":6}\nNext page: call again with offset: 9, limit: 3.`,
    );
  });
  it('a page short of its limit is the last: nothing to add', () => {
    expect(page(items(2), { limit: 3, offset: 0 })).toBe(`${JSON.stringify(items(2))}\npg: {"limit":3,"offset":0}`);
  });
  it('a list without pagination is complete', () => {
    expect(page(items(3))).toBe(JSON.stringify(items(3)));
  });
  it('a cut page continues after what was shown', () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `connection number ${i}` }));
    const text = page(list, { limit: 1000, offset: 50 }, 5000);
    expect(text.endsWith('\nNext page: call again with offset: 163, limit: 1000.')).toBe(true);
    expect(page(list, undefined, 5000).endsWith('\nNext page: call again with offset: 113.')).toBe(true);
  });
  it('a page cut to nothing offers no next page', () => {
    expect(page(items(5), { limit: 5, offset: 0 }, 1)).not.toContain('Next page');
  });
  it('an offset or limit that is not a number is left out', () => {
    expect(page(items(3), { limit: '3', offset: '6' })).toBe(
      `${JSON.stringify(items(3))}\npg: {"limit":"3","offset":"6"}`,
    );
    expect(page(items(3), { limit: 3, offset: '6' })).toMatch(/\nNext page: call again with offset: 3, limit: 3\.$/);
    expect(page(items(3), 'odd')).toBe(`${JSON.stringify(items(3))}\npg: "odd"`);
    expect(page(items(3), null)).toBe(JSON.stringify(items(3)));
  });
  it('only for tools that take offset', () => {
    expect(textOf(shapeResult({ connections: items(3), pg: { limit: 3, offset: 0 } }, 'connections'))).not.toContain(
      'Next page',
    );
  });
  it('only for lists', () => {
    expect(
      textOf(shapeResult({ connection: { id: 1 }, pg: { limit: 1 } }, 'connection', { pageable: true })),
    ).not.toContain('Next page');
  });
  it('a top-level list counts itself', () => {
    const long = items(1000);
    const text = textOf(shapeResult(long, undefined, { maxChars: 500, pageable: true }));
    expect(text).toMatch(/\nNext page: call again with offset: \d+\.$/);
    const shown = Number(/offset: (\d+)/.exec(text)![1]);
    expect(text.startsWith(JSON.stringify(long.slice(0, shown)))).toBe(true);
    expect(textOf(shapeResult(items(3), undefined, { pageable: true }))).toBe(JSON.stringify(items(3)));
  });
});

describe('text answers', () => {
  it('stay text, wrapped under the key for the structured copy', () => {
    const r = shapeResult('// code\nreturn "x";', 'code');
    expect(r).toEqual({
      content: [{ type: 'text', text: '// code\nreturn "x";' }],
      structuredContent: { code: '// code\nreturn "x";' },
    });
  });
  it('are cut at the cap like any long value', () => {
    const r = shapeResult('y'.repeat(300), 'readme', { maxChars: 100 });
    expect(r).toEqual({
      content: [
        { type: 'text', text: 'y'.repeat(100) },
        { type: 'text', text: '[Cut at 100 characters. Ask for a narrower request.]' },
      ],
    });
  });
});
