// How MAKE_READ_ONLY and --read-only are read: a misread "false" would hide every write tool, a misread
// "true" would list them all.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

const catalogue = { toolsets: ['connections'], tools: ['connections_list'] };
const base = { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com' };
const readOnly = (env: Record<string, string>, argv: string[] = []) =>
  loadConfig(argv, { ...base, ...env }, catalogue).readOnly;

describe('read-only setting', () => {
  it.each(['true', 'TRUE', '1', 'yes', 'Yes', ' true '])('MAKE_READ_ONLY=%j is read-only', (value) => {
    expect(readOnly({ MAKE_READ_ONLY: value })).toBe(true);
  });
  it.each(['false', 'FALSE', '0', 'no', 'No', ' no ', '', '   '])('MAKE_READ_ONLY=%j is not', (value) => {
    expect(readOnly({ MAKE_READ_ONLY: value })).toBe(false);
  });
  it('is off when nothing says otherwise', () => {
    expect(readOnly({})).toBe(false);
  });
  it('--read-only turns it on, with or without the variable, and wins over MAKE_READ_ONLY=false', () => {
    expect(readOnly({}, ['--read-only'])).toBe(true);
    expect(readOnly({ MAKE_READ_ONLY: 'false' }, ['--read-only'])).toBe(true);
    expect(readOnly({ MAKE_READ_ONLY: 'no' }, ['--zone', 'eu1.make.com', '--read-only'])).toBe(true);
  });
  it('refuses anything else, naming the variable and the value', () => {
    for (const value of ['maybe', 'on', 'y', 'truee']) {
      let error: unknown;
      try {
        readOnly({ MAKE_READ_ONLY: value });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(`MAKE_READ_ONLY must be true or false, got "${value}".`);
    }
  });
});
