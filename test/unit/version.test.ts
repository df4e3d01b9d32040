import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('package', () => {
  it('reports the version in package.json', async () => {
    const { VERSION } = await import('../../src/version.js');
    expect(VERSION).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
});
