// MCP progress for calls that wait on Make: a scenario run polled for its result (run_scenario_<id>) and a run Make
// holds open until it ends (scenarios_run with responsive: true). Only a client that sent a progress token is told;
// a client gone mid-wait is no error, the wait just goes on untold.
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ProgressToken, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import type { Clock } from './http/clock.js';

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** The pauses between polls for a run's result, and between notes while Make holds a run; the last one repeats. */
const WAIT_STEPS_MS = [500, 1000, 2000, 3000, 5000];

export function waitStep(attempt: number): number {
  return WAIT_STEPS_MS[Math.min(attempt, WAIT_STEPS_MS.length - 1)];
}

/** One call's progress: how long it has waited, told to the client that asked. */
export class Progress {
  private readonly start: number;
  private last = -1;

  constructor(
    private readonly token: ProgressToken,
    private readonly notify: (notification: ServerNotification) => Promise<void>,
    private readonly clock: Clock,
  ) {
    this.start = clock.now();
  }

  /** A call's progress when its client sent a token (`_meta.progressToken`), else undefined: nothing is told. */
  static of(extra: Pick<Extra, '_meta' | 'sendNotification'>, clock: Clock): Progress | undefined {
    const token = extra._meta?.progressToken;
    return token === undefined ? undefined : new Progress(token, extra.sendNotification, clock);
  }

  /** Tells the seconds waited since the call began, of about `totalMs`, and what it waits for. */
  note(status: string, totalMs: number): void {
    const waited = Math.round((this.clock.now() - this.start) / 100) / 10;
    if (waited <= this.last) return; // progress must grow with every notification
    this.last = waited;
    const total = totalMs / 1000;
    const message = `${status}; waited ${waited} s of ${total} s`;
    const params = { progressToken: this.token, progress: waited, total, message };
    this.notify({ method: 'notifications/progress', params }).catch(() => {}); // the client may be gone
  }

  /** Notes `status` on the wait schedule until `pending` settles or `totalMs` has passed (the last note says so). */
  async during<T>(pending: Promise<T>, status: string, totalMs: number): Promise<T> {
    const settled = new AbortController();
    const ticking = (async () => {
      for (let attempt = 0; ; attempt++) {
        const left = totalMs - (this.clock.now() - this.start);
        if (left <= 0) return;
        await this.clock.sleep(Math.min(waitStep(attempt), left), settled.signal);
        this.note(status, totalMs);
      }
    })().catch(() => {}); // stopped by `settled`
    try {
      return await pending;
    } finally {
      settled.abort();
      await ticking;
    }
  }
}
