// The size cap on results: what is kept, what the model is told, and that the structured copy holds no more
// than the text shows.
import { describe, expect, it } from 'vitest';
import { shapeResult } from '../../src/output.js';

// the answer, then what the model is told about it in its own block
const textOf = (r: ReturnType<typeof shapeResult>) =>
  (r.content as { type: string; text: string }[]).map((c) => c.text).join('\n');
const LIST_NOTE = (kept: number, total: number) =>
  `\n[Cut: showing ${kept} of ${total} items. Ask for a smaller limit, or the next page with offset.]`;

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
