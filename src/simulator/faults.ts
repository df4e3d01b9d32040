// Injected faults: what a test asks the simulator to do instead of answering (or after applying) a request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from './errors.js';
import { sendBytes, sendError, type RecordedRequest } from './recording.js';

export type FaultKind =
  'status-502' | 'status-503' | 'status-504' | 'reset' | 'hang' | 'bad-json' | 'rate-limit' | 'oversize';

export interface Fault {
  kind: FaultKind;
  method?: string;
  route?: string;
  times?: number;
  phase?: 'before' | 'after';
  retryAfterSeconds?: number | null;
  bytes?: number;
}

const DEFAULT_OVERSIZE = 20 * 1024 * 1024;

/** The faults waiting for a request, each with how many more requests it hits. */
export class FaultQueue {
  private pending: { fault: Fault; remaining: number }[] = [];

  inject(f: Fault): void {
    const times = f.times ?? 1;
    if (times > 0) this.pending.push({ fault: { ...f }, remaining: times });
  }

  clear(): void {
    this.pending = [];
  }

  /** The first fault that matches the request, counted as used; null when none does. */
  take(method: string, routeKey: string | null): Fault | null {
    for (const waiting of this.pending) {
      const f = waiting.fault;
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (f.route && f.route !== routeKey) continue;
      waiting.remaining--;
      this.pending = this.pending.filter((x) => x.remaining > 0);
      return f;
    }
    return null;
  }
}

/** Answers the request with the fault; `retryAfter` is what the rate limiter would send now. */
export function runFault(
  f: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  rec: RecordedRequest,
  retryAfter: () => number | null,
): void {
  switch (f.kind) {
    case 'status-502':
    case 'status-503':
    case 'status-504':
      sendError(res, rec, errors.upstream(Number(f.kind.slice(7)) as 502 | 503 | 504));
      return;
    case 'reset':
      rec.status = 0;
      req.socket.destroy();
      return;
    case 'hang':
      rec.status = 0; // nothing is ever sent; close() destroys the socket
      return;
    case 'bad-json':
      sendBytes(res, rec, 200, Buffer.from('{"connections": [{"id": 1, "name": ', 'utf8'));
      return;
    case 'rate-limit':
      sendError(res, rec, errors.rateLimited(f.retryAfterSeconds !== undefined ? f.retryAfterSeconds : retryAfter()));
      return;
    case 'oversize': {
      // valid JSON of exactly the size asked for: {"padding":"aaa…"}
      const size = Math.max(16, f.bytes ?? DEFAULT_OVERSIZE);
      const tail = '"}';
      const buf = Buffer.alloc(size, 0x61); // 'a'
      buf.write('{"padding":"', 0, 'utf8');
      buf.write(tail, size - tail.length, 'utf8');
      sendBytes(res, rec, 200, buf);
      return;
    }
  }
}
