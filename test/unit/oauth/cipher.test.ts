// Make tokens are kept sealed, and ours by digest only.
import { describe, expect, it } from 'vitest';
import { TokenCipher, digestOf } from '../../../src/oauth/cipher.js';

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
