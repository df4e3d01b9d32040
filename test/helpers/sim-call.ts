// Raw HTTP to the simulator, as Make's clients would call Make.
import { SANDBOX_TOKEN, type Simulator } from '../../src/simulator/index.js';

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: string;
}

export async function call(sim: Simulator, method: string, path: string, o: CallOptions = {}) {
  const headers: Record<string, string> = {};
  const token = o.token === undefined ? SANDBOX_TOKEN : o.token;
  if (token !== null) headers.authorization = `Token ${token}`;
  let body: string | undefined;
  if (o.rawBody !== undefined) body = o.rawBody;
  else if (o.body !== undefined) body = JSON.stringify(o.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${sim.url}/api/v2${path}`, { method, headers, body });
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
