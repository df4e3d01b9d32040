// Make tokens at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from MAKE_MCP_TOKEN_KEY, or from random bytes
// when one replica keeps its state in memory. Our own tokens are stored only as SHA-256 digests: whoever reads the
// store can use neither.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class TokenCipher {
  private readonly key: Buffer;

  constructor(secret: string | undefined) {
    const material = secret === undefined ? randomBytes(32) : Buffer.from(secret, 'utf8');
    this.key = Buffer.from(hkdfSync('sha256', material, 'make-mcp', 'make-token-v1', 32));
  }

  /** base64url of iv · tag · ciphertext. */
  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** Throws when the value was not sealed with this key (another key, or altered). */
  open(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

/** What a token is stored under. */
export function digestOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** A new random token or code: 256 bits. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}
