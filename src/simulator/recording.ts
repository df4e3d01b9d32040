// What the simulator keeps of each request (tests read it), and how an answer goes out and is recorded.
import type { ServerResponse } from 'node:http';
import type { SimError } from './errors.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: [string, string][];
  body: unknown;
  token: string | null;
  /** The status sent; 0 while none was (a reset, a hang). */
  status: number;
  /** The route key it matched, or null. */
  route: string | null;
}

/** A call that changed state: its route and the id of what it changed. */
export interface AppliedWrite {
  route: string;
  id: number | string | null;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Sends an answer (JSON, or a text whose content type the headers set) and records its status. */
export function send(
  res: ServerResponse,
  rec: RecordedRequest,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const buf = Buffer.from(headers['content-type'] && typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
  sendBytes(res, rec, status, buf, { 'content-type': JSON_TYPE, ...headers });
}

/** Sends bytes as they are (a fault's broken or oversized body too) and records the status. */
export function sendBytes(
  res: ServerResponse,
  rec: RecordedRequest,
  status: number,
  buf: Buffer,
  headers: Record<string, string> = { 'content-type': JSON_TYPE },
): void {
  rec.status = status;
  res.writeHead(status, { ...headers, 'content-length': String(buf.length) });
  res.end(buf);
}

export function sendError(res: ServerResponse, rec: RecordedRequest, err: SimError): void {
  send(res, rec, err.status, err.body, err.headers);
}
