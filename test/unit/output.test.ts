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
