// The message of the ConfigError a configuration step throws: one line, as the CLI prints it. Fails otherwise.
import { expect } from 'vitest';
import { ConfigError } from '../../src/config/types.js';

export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).not.toContain('\n');
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}
