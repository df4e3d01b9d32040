// The progress of one call, on a clock the test moves: what is told, how often, and never without a token.
import type { ServerNotification } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/progress.js';
import { FakeClock } from '../helpers/fake-clock.js';

function told(clock: FakeClock, fail = false) {
  const sent: ServerNotification[] = [];
  const sendNotification = async (n: ServerNotification) => {
    sent.push(n);
    if (fail) throw new Error('Not connected');
  };
  return { sent, progress: Progress.of({ _meta: { progressToken: 'tok' }, sendNotification }, clock)! };
}

describe('Progress', () => {
  it('is absent without a progress token', () => {
    const clock = new FakeClock();
    expect(Progress.of({ _meta: {}, sendNotification: async () => {} }, clock)).toBeUndefined();
    expect(Progress.of({ sendNotification: async () => {} }, clock)).toBeUndefined();
  });

  it('tells the seconds waited, only when they grew, with the total and the status', async () => {
    const clock = new FakeClock();
    const { sent, progress } = told(clock);
    progress.note('Started', 40_000);
    progress.note('Started again', 40_000); // no time passed: not told
    await clock.advance(1_500);
    progress.note('RUNNING', 40_000);
    const note = (progress: number, message: string) => ({
      method: 'notifications/progress',
      params: { progressToken: 'tok', progress, total: 40, message },
    });
    expect(sent).toEqual([note(0, 'Started; waited 0 s of 40 s'), note(1.5, 'RUNNING; waited 1.5 s of 40 s')]);
  });

  it('while a wait lasts: notes on the poll schedule, none once it settled, none past the total', async () => {
    const clock = new FakeClock();
    const { sent, progress } = told(clock);
    let settle!: (value: string) => void;
    const waiting = progress.during(new Promise<string>((resolve) => (settle = resolve)), 'Held', 4_000);
    await clock.advance(3_500); // steps of 0.5, 1 and 2 s
    expect(sent.map((n) => (n.params as { progress: number }).progress)).toEqual([0.5, 1.5, 3.5]);
    await clock.advance(10_000); // the next step (3 s) would end past the total: cut to it, then no more
    expect(sent.map((n) => (n.params as { progress: number }).progress)).toEqual([0.5, 1.5, 3.5, 4]);
    settle('done');
    expect(await waiting).toBe('done');
    expect(clock.sleepers).toBe(0);

    const quick = told(clock);
    expect(await quick.progress.during(Promise.resolve(7), 'Held', 4_000)).toBe(7);
    await clock.advance(10_000);
    expect(quick.sent).toEqual([]);
    expect(clock.sleepers).toBe(0);
  });

  it('a client gone (the notification fails) is no error', async () => {
    const clock = new FakeClock();
    const { sent, progress } = told(clock, true);
    expect(() => progress.note('Started', 1_000)).not.toThrow();
    await clock.advance(0);
    expect(sent).toHaveLength(1);
  });
});
