// Stdio lines the server cannot use: each gets the JSON-RPC error the specification prescribes and a line on
// stderr, and the server keeps serving. The built server, spawned as a client spawns it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundedStdioTransport, MAX_LINE_BYTES } from '../../src/transports/stdio.js';
import { CLI } from '../helpers/http-cli.js';

describe('the built server over stdio', () => {
  let child: ChildProcessWithoutNullStreams;
  let stdout = '';
  let stderr = '';
  const exited = () =>
    new Promise<number | null>((resolve) =>
      child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve),
    );

  beforeAll(async () => {
    child = spawn(process.execPath, [CLI, '--sandbox'], { env: { PATH: process.env.PATH ?? '' } });
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  });
  afterAll(async () => {
    child.stdin.end();
    expect(await exited()).toBe(0);
  });

  /** Writes, then resolves with the next `count` lines on stdout. */
  async function send(data: string | Buffer, count = 1): Promise<unknown[]> {
    const before = stdout.split('\n').length - 1;
    child.stdin.write(data);
    await new Promise<void>((resolve) => {
      const check = () =>
        stdout.split('\n').length - 1 >= before + count && (child.stdout.off('data', check), resolve());
      child.stdout.on('data', check);
      check();
    });
    return stdout
      .split('\n')
      .slice(before, before + count)
      .map((l) => JSON.parse(l));
  }

  it('answers a line over the bound with an error, says so on stderr, and keeps serving', async () => {
    const huge = Buffer.alloc(MAX_LINE_BYTES + 1024, 'x');
    const [error] = await send(
      Buffer.concat([
        Buffer.from('{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":"'),
        huge,
        Buffer.from('"}}\n'),
      ]),
    );
    expect(error).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32600, message: `Invalid Request: a message may have at most ${MAX_LINE_BYTES} bytes` },
    });
    expect(stderr).toContain(
      `make-mcp: stdio: Invalid Request: a message may have at most ${MAX_LINE_BYTES} bytes; answered with error -32600`,
    );
    expect(await send('{"jsonrpc":"2.0","id":2,"method":"ping"}\n')).toEqual([{ jsonrpc: '2.0', id: 2, result: {} }]);
    expect(child.exitCode).toBeNull();
  });

  it('answers a line that is not JSON with a parse error, and one that is not JSON-RPC with Invalid Request (its id kept)', async () => {
    expect(await send('{not json\n')).toEqual([
      { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the line is not valid JSON' } },
    ]);
    expect(await send('{"id":7,"method":"ping"}\n')).toEqual([
      { jsonrpc: '2.0', id: 7, error: { code: -32600, message: 'Invalid Request: not a JSON-RPC 2.0 message' } },
    ]);
    expect(await send('[]\n')).toEqual([
      { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request: not a JSON-RPC 2.0 message' } },
    ]);
    expect(stderr).toContain('make-mcp: stdio: Parse error: the line is not valid JSON; answered with error -32700');
    expect(await send('{"jsonrpc":"2.0","id":8,"method":"ping"}\r\n')).toEqual([{ jsonrpc: '2.0', id: 8, result: {} }]);
  });
});

describe('BoundedStdioTransport', () => {
  it('skips an over-long line as it streams, across chunks, and reads the next line whole', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const logs: string[] = [];
    const transport = new BoundedStdioTransport(input, output, (l) => logs.push(l), 16);
    const messages: unknown[] = [];
    transport.onmessage = (m) => messages.push(m);
    await transport.start();
    input.write('{"jsonrpc":"2.0",');
    input.write('"id":1,"method":"a-very-long-method-name"}\n{"jsonrpc":"2.0",');
    input.write('"id":2,"method":"p"}\n'); // 35 bytes: also over 16
    input.write('{"id":3}\n'.padStart(9));
    await new Promise((resolve) => setImmediate(resolve));
    expect(messages).toEqual([]);
    expect(logs).toHaveLength(3);
    await transport.close();
  });
});
