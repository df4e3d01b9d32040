// The built server started with --http as a hosted deployment would start it, and raw HTTP to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));

export interface HttpCli {
  /** The /mcp URL the server logged once listening. */
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Everything it wrote to stdout so far (nothing is expected there: logs go to stderr). */
  stdout(): string;
  /** Resolves once stderr matches. */
  waitFor(pattern: RegExp): Promise<void>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** `node dist/src/cli.js --http --port 0 …args`, with only PATH and `env` in its environment. */
export async function startHttpCli(args: string[], env: Record<string, string> = {}): Promise<HttpCli> {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  const child = spawn(process.execPath, [CLI, '--http', '--port', '0', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const m = pattern.exec(stderr);
        if (!m) return;
        child.stderr.off('data', check);
        resolve(m);
      };
      child.stderr.on('data', check);
      check();
      void exited.then((code) =>
        reject(new Error(`make-mcp exited with ${code} before logging ${pattern}:\n${stderr}${stdout}`)),
      );
    });
  const [, url] = await waitFor(/make-mcp: listening on (http:\/\/\S+)/);
  return {
    url,
    child,
    stderr: () => stderr,
    stdout: () => stdout,
    waitFor: async (pattern) => void (await waitFor(pattern)),
    exited,
    stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface RawRequest {
  method?: string;
  /** Defaults to the URL's own path. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** A keep-alive agent of the caller's, left open; by default a connection of its own, closed after. */
  agent?: Agent;
}

/**
 * One request with exactly these headers (fetch would not let a test set Host). Keep-alive, so that a server
 * answering before the whole body is in (413) reads the rest instead of resetting the connection.
 */
export function rawRequest(url: string, o: RawRequest = {}): Promise<RawResponse> {
  const target = new URL(url);
  const agent = o.agent ?? new Agent({ keepAlive: true });
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method: o.method ?? 'POST',
        path: o.path ?? target.pathname,
        headers: o.headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  }).finally(() => {
    if (!o.agent) agent.destroy();
  });
}

/** What a Streamable HTTP client sends with a JSON-RPC POST. */
export const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

/** A JSON-RPC tools/call body; stateless, so no initialize is needed first. */
export function toolsCall(id: number | string, name: string, args: Record<string, unknown>): string {
  return JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
}
