// What the built CLI prints for people and shell pipelines: its version, and a listing cut short by its reader.
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/http-cli.js';

const ENV = { PATH: process.env.PATH ?? '' };

describe('make-mcp --version', () => {
  it('prints the version of package.json and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, '--version'], { env: ENV });
    expect(stdout).toBe(`${version}\n`);
    expect(stderr).toBe('');
  });
});

describe('make-mcp tools | head', () => {
  it('ends quietly with exit code 0 when the reader closes the pipe before the listing is written', async () => {
    // every toolset, as JSON: more than a pipe's buffer, so the write cannot complete before the reader leaves
    const child = spawn(process.execPath, [CLI, 'tools', '--json'], { env: { ...ENV, MAKE_TOOLSETS: 'all' } });
    child.stdout.destroy(); // the reader is gone: every write the server makes gets EPIPE
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child.on('exit', (c, s) => resolve([c, s])),
    );
    expect(stderr).toBe('');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });
});
