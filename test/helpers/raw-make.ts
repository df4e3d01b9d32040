// A bare HTTP server standing in for Make where the simulator cannot show what a test needs: the exact
// headers and bytes of each request, and answers the simulator never gives (204, an empty 200).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export interface RawMake {
  /** Base URL of the API, ending in /api/v2. */
  baseUrl: string;
  requests: RawRequest[];
  /** The answer to every following request. */
  answer: RawAnswer;
  close(): Promise<void>;
}

export async function startRawMake(answer: RawAnswer = { status: 200, body: '{}' }): Promise<RawMake> {
  const requests: RawRequest[] = [];
  const state = { answer };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const { status, body, headers } = state.answer;
      res.writeHead(status, headers ?? (body ? { 'content-type': 'application/json' } : {}));
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v2`,
    requests,
    get answer() {
      return state.answer;
    },
    set answer(value: RawAnswer) {
      state.answer = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A local port with nothing listening on it: connecting is refused, nothing is ever sent. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
