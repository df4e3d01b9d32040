// Answers a model and a program can read, through the tools against the simulator: the first block is Make's answer
// as valid JSON, hints travel in their own block, every paged list says the exact next call, a bare status or
// boolean is explained, and a destructive preview names what it acts on.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sim: { rateLimitPerMinute: 100_000 }, config: { rateLimit: 100_000 } });
});
afterAll(() => h.close());
beforeEach(() => h.sim.reset());

const blocks = (r: { content: unknown[] }) => r.content.map((c) => (c as { text: string }).text);

describe('answers', () => {
  it('data store records page like every list: JSON first, then the exact next call', async () => {
    const first = await h.call('data-store-records_list', { dataStoreId: 701, limit: 1 });
    const [answer, hints] = blocks(first);
    expect(JSON.parse(answer)).toEqual([{ key: 'rec-1', data: { email: 'ada@example.com', plan: 'pro' } }]);
    expect(hints).toBe('pg: {"limit":1,"offset":0}\nNext page: call again with offset: 1, limit: 1.');
    const second = await h.call('data-store-records_list', { dataStoreId: 701, limit: 1, offset: 1 });
    expect(JSON.parse(blocks(second)[0])).toEqual([
      { key: 'rec-2', data: { email: 'alan@example.com', plan: 'free' } },
    ]);
  });

  it("a list's first block is valid JSON even with paging hints", async () => {
    const listed = await h.call('scenarios_list', { teamId: 22, limit: 1 });
    expect(() => JSON.parse(blocks(listed)[0])).not.toThrow();
    expect(blocks(listed)[1]).toMatch(/^pg: .*\nNext page: call again with offset: 1, limit: 1\.$/s);
  });

  it("a run's numeric status is told in words beside the answer", async () => {
    const run = await h.call('scenarios_run', { scenarioId: 501, responsive: true, confirm: true });
    expect(JSON.parse(blocks(run)[0])).toMatchObject({ status: 1 });
    expect(blocks(run)[1]).toBe('status 1: success');
  });

  it('a bare boolean becomes a statement of what was asked', async () => {
    const verified = await h.call('connections_verify', { connectionId: 101 });
    expect(verified.text).toBe('Verify connection (connection 101): verified true.');
    expect(verified.structuredContent).toEqual({ verified: true });
  });

  it('a destructive preview names the kind and id of what it acts on, and sends nothing', async () => {
    const preview = await h.call('scenarios_delete', { scenarioId: 501 });
    expect(preview.isError).toBe(true);
    expect(preview.text).toContain('(Delete scenario). It acts on scenario 501. This cannot be undone.');
    const records = await h.call('data-store-records_replace', { dataStoreId: 701, key: 'rec-1', data: { plan: 'x' } });
    expect(records.text).toMatch(/It acts on data store 701, [a-z ]*rec-1\./); // the key's placeholder name may change
    expect(h.sim.requests).toEqual([]);
  });
});

describe("a byte budget for a run's result", () => {
  const ID = 'abcdef0123456789abcdef0123456789';
  const store = async (outputs: unknown) => {
    const { collectionAt } = await import('../../src/simulator/engine.js');
    collectionAt(h.sim.state, '/scenarios/501/executions').set(ID, { id: ID, status: 'SUCCESS', outputs });
  };

  it('asks Make for at most 1 MiB (maxBytes) by default; a larger output is refused by Make, never sent', async () => {
    await store({ rows: Array.from({ length: 3000 }, (_, i) => ({ i, text: 'x'.repeat(400) })) }); // ~1.3 MB
    const result = await h.call('executions_get-detail', { scenarioId: 501, executionId: ID });
    expect(h.sim.requests.at(-1)!.query).toContainEqual(['maxBytes', '1048576']);
    expect(result.isError).toBe(true);
    expect(result.text).toContain('HTTP 413');
    expect(result.text).toContain('larger than the byte budget (maxBytes)');
    expect(result.text).toContain('executions_get');
  });

  it('an output under the budget but too long for the model is cut at an item boundary, as valid JSON', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({ i, text: 'y'.repeat(400) })); // ~250 KB
    await store({ rows });
    const result = await h.call('executions_get-detail', { scenarioId: 501, executionId: ID });
    expect(result.isError).toBeFalsy();
    const [answer, hint] = blocks(result);
    expect(answer.length).toBeLessThanOrEqual(60_000);
    const kept = JSON.parse(answer) as { status: string; outputs: { rows: typeof rows } };
    expect(kept.status).toBe('SUCCESS');
    expect(kept.outputs.rows.length).toBeGreaterThan(100);
    expect(kept.outputs.rows).toEqual(rows.slice(0, kept.outputs.rows.length));
    expect(hint).toMatch(/^\[Cut at an item boundary to fit 60000 characters/);
  });
});
