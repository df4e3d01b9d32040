import { describe, expect, it } from 'vitest';
import { shapeResult } from '../../src/output.js';

const text = (r: ReturnType<typeof shapeResult>) => (r.content[0] as { text: string }).text;

describe('shapeResult', () => {
  it('unwraps the declared key into compact JSON and structured content', () => {
    const r = shapeResult({ connection: { id: 1, name: 'A' } }, 'connection');
    expect(text(r)).toBe('{"id":1,"name":"A"}');
    expect(r.structuredContent).toEqual({ id: 1, name: 'A' });
  });
  it('wraps arrays and scalars for structured content, and shows pagination', () => {
    const r = shapeResult({ connections: [{ id: 1 }], pg: { limit: 1, offset: 0 } }, 'connections');
    expect(text(r)).toBe('[{"id":1}]\npg: {"limit":1,"offset":0}');
    expect(r.structuredContent).toEqual({ connections: [{ id: 1 }] });
    expect(shapeResult({ verified: false }, 'verified').structuredContent).toEqual({ verified: false });
  });
  it('cuts long lists to whole items under the cap and says how to narrow', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `connection number ${i}` }));
    const r = shapeResult({ connections: items }, 'connections', 5000);
    const [json, note] = text(r).split('\n[Cut: ');
    expect(json.length).toBeLessThanOrEqual(5000);
    const kept = JSON.parse(json) as unknown[];
    expect(kept.length).toBeGreaterThan(50);
    expect(note).toMatch(new RegExp(`^showing ${kept.length} of 1000 items.*cols.*limit.*offset`));
  });
  it('cuts a long single value by characters', () => {
    const r = shapeResult({ blueprint: { text: 'x'.repeat(10_000) } }, 'blueprint', 1000);
    expect(text(r)).toMatch(/\[Cut at 1000 characters/);
    expect(r.structuredContent).toBeUndefined();
  });
});

describe('next page', () => {
  const next = (r: ReturnType<typeof shapeResult>) => text(r).split('\n').find((l) => l.startsWith('Next page'));

  it('names the exact arguments of the next page when a page is full', () => {
    const r = shapeResult({ scenarios: [{ id: 1 }, { id: 2 }], pg: { limit: 2, offset: 4 } }, 'scenarios', undefined, true);
    expect(next(r)).toBe('Next page: call again with offset: 6, limit: 2.');
  });

  it('says nothing of a next page after the last one, or for tools without offset', () => {
    expect(next(shapeResult({ scenarios: [{ id: 1 }], pg: { limit: 2, offset: 4 } }, 'scenarios', undefined, true))).toBeUndefined();
    expect(next(shapeResult({ scenarios: [{ id: 1 }, { id: 2 }], pg: { limit: 2, offset: 0 } }, 'scenarios', undefined, false))).toBeUndefined();
    expect(next(shapeResult({ scenarios: [], pg: { limit: 0, offset: 0 } }, 'scenarios', undefined, true))).toBeUndefined();
  });

  it('continues after the last item shown when the page was cut for size', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: i, name: `scenario number ${i}` }));
    const r = shapeResult({ scenarios: items, pg: { limit: 500, offset: 1000 } }, 'scenarios', 5000, true);
    const kept = (JSON.parse(text(r).split('\n')[0]) as unknown[]).length;
    expect(kept).toBeLessThan(500);
    expect(next(r)).toBe(`Next page: call again with offset: ${1000 + kept}, limit: 500.`);
  });
});
