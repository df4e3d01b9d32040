// The sign-in state's store: expiry and single use.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/oauth/store.js';

describe('MemoryStore', () => {
  it('forgets a value once its time is up', async () => {
    let now = 1_000;
    const store = new MemoryStore(() => now);
    await store.put('k', { a: 1 }, 10);
    expect(await store.get('k')).toEqual({ a: 1 });
    now += 10_000;
    expect(await store.get('k')).toBeUndefined();
  });

  it('gives a taken value to one caller only, and a claim to the first', async () => {
    const store = new MemoryStore();
    await store.put('code', 'x', 60);
    const [first, second] = await Promise.all([store.take('code'), store.take('code')]);
    expect([first, second]).toEqual(['x', undefined]);
    expect(await store.claim('lock', 5)).toBe(true);
    expect(await store.claim('lock', 5)).toBe(false);
  });
});
