// The sign-in state's building blocks: expiry and single use in the store, and sealed Make tokens.
import { describe, expect, it } from 'vitest';
import { TokenCipher, digestOf } from '../../../src/oauth/cipher.js';
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

describe('TokenCipher', () => {
  it('opens what it sealed, and nothing altered or sealed under another key', () => {
    const cipher = new TokenCipher('a-key-of-at-least-thirty-two-characters!');
    const sealed = cipher.seal('make-access-token');
    expect(sealed).not.toContain('make-access-token');
    expect(cipher.open(sealed)).toBe('make-access-token');
    expect(cipher.seal('make-access-token')).not.toBe(sealed); // a fresh IV each time
    const raw = Buffer.from(sealed, 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.open(raw.toString('base64url'))).toThrow();
    expect(() => new TokenCipher('another-key-of-at-least-thirty-two-chars').open(sealed)).toThrow();
    expect(() => new TokenCipher(undefined).open(sealed)).toThrow();
  });

  it('stores our tokens by digest only', () => {
    expect(digestOf('token')).not.toContain('token');
    expect(digestOf('token')).toBe(digestOf('token'));
  });
});
