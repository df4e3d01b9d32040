// shapeResult: what the model is shown of an answer. The size cap (what is kept, what the model is told, and that
// the structured copy holds no more than the text shows), and the next page: a list tool that takes offset says the
// exact call for the rest when its page was cut or filled its limit, and says nothing when the list is complete.
import { describe, expect, it } from 'vitest';
import { shapeResult } from '../../src/output.js';

// the answer, then what the model is told about it in its own block
const textOf = (r: ReturnType<typeof shapeResult>) => r.content.map((c) => (c as { text: string }).text).join('\n');
const LIST_NOTE = (kept: number, total: number) =>
  `\n[Cut: showing ${kept} of ${total} items. Ask for a smaller limit, or the next page with offset.]`;
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i }));
const page = (list: unknown[], pg?: unknown, maxChars?: number) =>
  textOf(shapeResult({ connections: list, pg }, 'connections', { maxChars, pageable: true }));

describe('shapeResult', () => {
  it('unwraps the declared key into compact JSON and structured content', () => {
    const r = shapeResult({ connection: { id: 1, name: 'A' } }, 'connection');
    expect(textOf(r)).toBe('{"id":1,"name":"A"}');
    expect(r.structuredContent).toEqual({ id: 1, name: 'A' });
  });
  it('wraps arrays and scalars for structured content, and shows pagination', () => {
    const r = shapeResult({ connections: [{ id: 1 }], pg: { limit: 1, offset: 0 } }, 'connections');
    expect(r.content).toEqual([
      { type: 'text', text: '[{"id":1}]' },
      { type: 'text', text: 'pg: {"limit":1,"offset":0}' },
    ]);
    expect(r.structuredContent).toEqual({ connections: [{ id: 1 }] });
    expect(shapeResult({ verified: false }, 'verified').structuredContent).toEqual({ verified: false });
  });
  it('cuts long lists to whole items under the cap and says how to narrow', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `connection number ${i}` }));
    const r = shapeResult({ connections: items }, 'connections', { maxChars: 5000 });
    const [json, note] = textOf(r).split('\n[Cut: ');
    expect(json.length).toBeLessThanOrEqual(5000);
    const kept = JSON.parse(json) as unknown[];
    expect(kept.length).toBeGreaterThan(50);
    expect(note).toMatch(new RegExp(`^showing ${kept.length} of 1000 items.*limit.*offset`));
    expect(textOf(shapeResult({ connections: items }, 'connections', { maxChars: 5000, takesCols: true }))).toMatch(
      /fewer columns \(cols\), a smaller limit/,
    );
  });
  it('cuts a long single value inside, keeping valid JSON', () => {
    const r = shapeResult({ blueprint: { text: 'x'.repeat(10_000) } }, 'blueprint', { maxChars: 1000 });
    expect(JSON.parse((r.content[0] as { text: string }).text)).toEqual({
      text: 'x'.repeat(1000 - '{"text":""}'.length),
    });
    expect(textOf(r)).toMatch(/\[Cut at an item boundary to fit 1000 characters/);
  });
  it('turns a bare true, false or number into a statement of what was asked, keeping the value structured', () => {
    const r = shapeResult({ verified: true }, 'verified', { asked: 'Verify connection (connection 101)' });
    expect(r).toEqual({
      content: [{ type: 'text', text: 'Verify connection (connection 101): verified true.' }],
      structuredContent: { verified: true },
    });
    expect(textOf(shapeResult({ count: 0 }, 'count', { asked: 'Count' }))).toBe('Count: count 0.');
  });
  it('says what a numeric status means, beside the answer', () => {
    const r = shapeResult({ executionId: 'e', status: 3 }, undefined, { statuses: { 1: 'success', 3: 'error' } });
    expect(r.content).toEqual([
      { type: 'text', text: '{"executionId":"e","status":3}' },
      { type: 'text', text: 'status 3: error' },
    ]);
  });
  it('the first block is always valid JSON for a JSON answer, whatever was cut or added', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ id: i, text: `"quoted" \\ ${'é'.repeat(i % 7)}` }));
    for (const data of [
      { list: items, pg: { limit: 300, offset: 0 } },
      { big: { items, more: 'm'.repeat(3000) } },
      { s: '"\\'.repeat(900) },
    ]) {
      for (const max of [1, 50, 333, 2000]) {
        const r = shapeResult(data, Object.keys(data)[0], { maxChars: max, pageable: true });
        expect(() => JSON.parse((r.content[0] as { text: string }).text)).not.toThrow();
        expect((r.content[0] as { text: string }).text.length).toBeLessThanOrEqual(Math.max(max, 4));
      }
    }
  });
});

describe('a long single value', () => {
  it('is cut at a field boundary: valid JSON under the cap, its beginning kept, the structured copy the same', () => {
    const blueprint = {
      name: 'big',
      flow: Array.from({ length: 200 }, (_, i) => ({ id: i, module: 'http:ActionSendData', version: 3 })),
      metadata: { version: 1 },
    };
    const r = shapeResult({ blueprint }, 'blueprint', { maxChars: 1000 });
    const answer = (r.content[0] as { text: string }).text;
    expect(answer.length).toBeLessThanOrEqual(1000);
    const kept = JSON.parse(answer) as typeof blueprint;
    expect(kept.name).toBe('big');
    expect(kept.flow.length).toBeGreaterThan(15);
    expect(kept.flow).toEqual(blueprint.flow.slice(0, kept.flow.length));
    expect(kept).not.toHaveProperty('metadata'); // after the cut
    expect(r.structuredContent).toEqual(kept);
    expect((r.content[1] as { text: string }).text).toBe(
      '[Cut at an item boundary to fit 1000 characters: what followed was left out. Ask for a narrower request.]',
    );
  });
  it('a long string is cut to a valid JSON string', () => {
    const r = shapeResult({ value: 'y'.repeat(500) }, 'value', { maxChars: 100 });
    expect(textOf(r)).toBe(`"${'y'.repeat(98)}"\n[Cut at 100 characters. Ask for a narrower request.]`);
    expect(r).not.toHaveProperty('structuredContent');
  });
  it('a value exactly at the cap is kept whole', () => {
    const value = { t: 'z'.repeat(100 - '{"t":""}'.length) };
    expect(JSON.stringify(value)).toHaveLength(100);
    const r = shapeResult({ value }, 'value', { maxChars: 100 });
    expect(textOf(r)).toBe(JSON.stringify(value));
    expect(r.structuredContent).toEqual(value);
  });
});

describe('a long list', () => {
  const items = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `connection number ${i}` }));

  it('keeps whole leading items under the cap, and the structured copy holds exactly those', () => {
    const r = shapeResult({ connections: items, pg: { limit: 1000, offset: 0 } }, 'connections', { maxChars: 5000 });
    const text = textOf(r);
    const [json, rest] = text.split('\npg: ');
    const kept = JSON.parse(json) as typeof items;
    expect(json.length).toBeLessThanOrEqual(5000);
    expect(kept.length).toBeGreaterThan(100); // not cut far more than needed
    expect(kept).toEqual(items.slice(0, kept.length));
    expect(`\npg: ${rest}`).toBe(`\npg: {"limit":1000,"offset":0}${LIST_NOTE(kept.length, 1000)}`);
    expect(r.structuredContent).toEqual({ connections: items.slice(0, kept.length) });
  });
  it('keeps as many items as its estimate allows: 113 of these 1000 under 5000 characters', () => {
    const r = shapeResult({ connections: items }, 'connections', { maxChars: 5000 });
    expect(textOf(r)).toBe(`${JSON.stringify(items.slice(0, 113))}${LIST_NOTE(113, 1000)}`);
  });
  it('a cut that lands exactly on the cap is kept', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ id: i }));
    expect(textOf(shapeResult({ connections: five }, 'connections', { maxChars: 10 }))).toBe(
      `[{"id":0}]${LIST_NOTE(1, 5)}`,
    );
  });
  it('stops at none even when an empty list is over the cap', () => {
    expect(textOf(shapeResult({ connections: items }, 'connections', { maxChars: 1 }))).toBe(`[]${LIST_NOTE(0, 1000)}`);
  });
  it('shows none when a single item is over the cap', () => {
    const huge = [{ id: 1, text: 'q'.repeat(200) }, { id: 2 }];
    const r = shapeResult({ connections: huge }, 'connections', { maxChars: 100 });
    expect(textOf(r)).toBe(`[]${LIST_NOTE(0, 2)}`);
    expect(r.structuredContent).toEqual({ connections: [] });
  });
  it('a list exactly at the cap is not cut', () => {
    const list = [{ id: 1 }, { id: 2 }];
    const r = shapeResult({ connections: list }, 'connections', { maxChars: JSON.stringify(list).length });
    expect(textOf(r)).toBe('[{"id":1},{"id":2}]');
    expect(r.structuredContent).toEqual({ connections: list });
  });
});

describe('unwrapping', () => {
  it('an answer without the declared key is shown whole', () => {
    const r = shapeResult({ other: 1 }, 'connection');
    expect(textOf(r)).toBe('{"other":1}');
    expect(r.structuredContent).toEqual({ other: 1 });
  });
  it('a top-level list (no key) is wrapped as "result"', () => {
    const r = shapeResult([1, 2], undefined);
    expect(textOf(r)).toBe('[1,2]');
    expect(r.structuredContent).toEqual({ result: [1, 2] });
  });
  it('a list is never searched for the key', () => {
    const list = Object.assign([1], { connection: 'x' });
    expect(textOf(shapeResult(list, 'connection'))).toBe('[1]');
  });
  it('scalars and null are wrapped under the key', () => {
    expect(shapeResult({ verified: false }, 'verified')).toEqual({
      content: [{ type: 'text', text: 'false' }],
      structuredContent: { verified: false },
    });
    expect(shapeResult({ count: 0 }, 'count').structuredContent).toEqual({ count: 0 });
    expect(shapeResult('text', undefined).structuredContent).toEqual({ result: 'text' });
    expect(shapeResult(null, 'connection')).toEqual({
      content: [{ type: 'text', text: 'null' }],
      structuredContent: { connection: null },
    });
    expect(shapeResult({ connection: null }, 'connection')).toEqual({
      content: [{ type: 'text', text: 'null' }],
      structuredContent: { connection: null },
    });
    expect(shapeResult(undefined, undefined)).toEqual({ content: [{ type: 'text', text: 'null' }] });
  });
  it('shows pagination only when Make sent it', () => {
    expect(textOf(shapeResult({ connections: [], pg: null }, 'connections'))).toBe('[]');
    expect(textOf(shapeResult({ connections: [] }, 'connections'))).toBe('[]');
  });
});

describe('next page', () => {
  const next = (r: ReturnType<typeof shapeResult>) =>
    textOf(r)
      .split('\n')
      .find((l) => l.startsWith('Next page'));

  it('names the exact arguments of the next page when a page is full', () => {
    const r = shapeResult({ scenarios: [{ id: 1 }, { id: 2 }], pg: { limit: 2, offset: 4 } }, 'scenarios', {
      pageable: true,
    });
    expect(next(r)).toBe('Next page: call again with offset: 6, limit: 2.');
  });

  it('says nothing of a next page after the last one, or for tools without offset', () => {
    expect(
      next(shapeResult({ scenarios: [{ id: 1 }], pg: { limit: 2, offset: 4 } }, 'scenarios', { pageable: true })),
    ).toBeUndefined();
    expect(
      next(shapeResult({ scenarios: [{ id: 1 }, { id: 2 }], pg: { limit: 2, offset: 0 } }, 'scenarios')),
    ).toBeUndefined();
    expect(
      next(shapeResult({ scenarios: [], pg: { limit: 0, offset: 0 } }, 'scenarios', { pageable: true })),
    ).toBeUndefined();
  });

  it('continues after the last item shown when the page was cut for size', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: i, name: `scenario number ${i}` }));
    const r = shapeResult({ scenarios: items, pg: { limit: 500, offset: 1000 } }, 'scenarios', {
      maxChars: 5000,
      pageable: true,
    });
    const kept = (JSON.parse((r.content[0] as { text: string }).text) as unknown[]).length;
    expect(kept).toBeLessThan(500);
    expect(next(r)).toBe(`Next page: call again with offset: ${1000 + kept}, limit: 500.`);
  });

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
