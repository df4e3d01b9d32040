import { describe, expect, it } from 'vitest';
import { shapeResult } from '../../src/output.js';

// the answer, then what the model is told about it in its own block
const text = (r: ReturnType<typeof shapeResult>) => r.content.map((c) => (c as { text: string }).text).join('\n');

describe('shapeResult', () => {
  it('unwraps the declared key into compact JSON and structured content', () => {
    const r = shapeResult({ connection: { id: 1, name: 'A' } }, 'connection');
    expect(text(r)).toBe('{"id":1,"name":"A"}');
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
    const [json, note] = text(r).split('\n[Cut: ');
    expect(json.length).toBeLessThanOrEqual(5000);
    const kept = JSON.parse(json) as unknown[];
    expect(kept.length).toBeGreaterThan(50);
    expect(note).toMatch(new RegExp(`^showing ${kept.length} of 1000 items.*limit.*offset`));
    expect(text(shapeResult({ connections: items }, 'connections', { maxChars: 5000, takesCols: true }))).toMatch(
      /fewer columns \(cols\), a smaller limit/,
    );
  });
  it('cuts a long single value inside, keeping valid JSON', () => {
    const r = shapeResult({ blueprint: { text: 'x'.repeat(10_000) } }, 'blueprint', { maxChars: 1000 });
    expect(JSON.parse((r.content[0] as { text: string }).text)).toEqual({
      text: 'x'.repeat(1000 - '{"text":""}'.length),
    });
    expect(text(r)).toMatch(/\[Cut at an item boundary to fit 1000 characters/);
  });
  it('turns a bare true, false or number into a statement of what was asked, keeping the value structured', () => {
    const r = shapeResult({ verified: true }, 'verified', { asked: 'Verify connection (connection 101)' });
    expect(r).toEqual({
      content: [{ type: 'text', text: 'Verify connection (connection 101): verified true.' }],
      structuredContent: { verified: true },
    });
    expect(text(shapeResult({ count: 0 }, 'count', { asked: 'Count' }))).toBe('Count: count 0.');
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

describe('next page', () => {
  const next = (r: ReturnType<typeof shapeResult>) =>
    text(r)
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
});
