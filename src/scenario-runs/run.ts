// One run of a scenario tool: started once, then its result polled until it is in or the wait is over.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Clock } from '../http/clock.js';
import { MAX_RESULT_CHARS } from '../output.js';
import { EXECUTION_BYTES } from '../params.js';
import { parseArguments } from '../pipeline/arguments.js';
import type { CallContext, send } from '../pipeline/call.js';
import { errorResult } from '../pipeline/result.js';
import { waitStep } from '../progress.js';
import { rename, type ScenarioTool } from './from-interface.js';

/** Make itself stops waiting for a responsive run after about 40 s; we wait as long, polling, then give the id. */
export const DEFAULT_WAIT_MS = 40_000;

/** What a run needs of the scenario tools: their one way to send, how the model reads, the clock and the wait. */
export interface ScenarioRunner {
  send(
    endpointName: string,
    args: Record<string, unknown>,
    ctx: Pick<CallContext, 'client' | 'signal'>,
  ): ReturnType<typeof send>;
  howToRead: (tool: string, args: Record<string, unknown>) => string;
  clock: Clock;
  waitMs?: number;
}

/**
 * Starts the run without waiting in Make (responsive: false), so Make answers at once with the execution id and a
 * lost answer is the only ambiguous case (never re-sent); then polls the result until it is in or the wait is over.
 */
export async function runScenario(
  tool: ScenarioTool,
  rawArgs: unknown,
  ctx: CallContext,
  how: ScenarioRunner,
): Promise<CallToolResult> {
  const name = tool.listing.name;
  const parsed = parseArguments(tool.input, rawArgs, name);
  if (!parsed.ok) return parsed.error;
  const scenarioId = tool.scenarioId;
  const runArgs = { scenarioId, data: rename(parsed.data, tool.inputMaps, 'make'), responsive: false };
  const started = await how.send('scenarios_run', runArgs, ctx);
  if (!started.ok) return started.error;
  const executionId = (started.data as { executionId?: unknown } | null)?.executionId;
  const poll = { scenarioId, executionId };
  const later = how.howToRead('executions_get-detail', poll);
  if (typeof executionId !== 'string' || executionId === '') {
    return errorResult(
      `Make accepted the run of scenario ${scenarioId} but named no execution id. Do not run it again: find the run ` +
        `with ${how.howToRead('executions_list', { scenarioId })}.`,
    );
  }

  const waitMs = how.waitMs ?? DEFAULT_WAIT_MS;
  const deadline = how.clock.now() + waitMs;
  const execution = `(execution ${executionId})`;
  ctx.progress?.note(`Started scenario ${scenarioId} ${execution}`, waitMs);
  for (let attempt = 0; ; attempt++) {
    const pause = Math.min(waitStep(attempt), deadline - how.clock.now());
    if (pause <= 0)
      return pending(
        executionId,
        'RUNNING',
        `Make's run of scenario ${scenarioId} is still going ${execution}.`,
        later,
      );
    try {
      await how.clock.sleep(pause, ctx.signal);
    } catch {
      return pending(
        executionId,
        'RUNNING',
        `Stopped waiting (cancelled); the run of scenario ${scenarioId} goes on ${execution}.`,
        later,
      );
    }
    const read = await how.send('executions_get-detail', { ...poll, maxBytes: EXECUTION_BYTES }, ctx);
    if (!read.ok) {
      const why = `but its result could not be read: ${textOf(read.error)}`;
      return pending(executionId, 'UNKNOWN', `The run of scenario ${scenarioId} started ${execution}, ${why}`, later);
    }
    const detail = (read.data ?? {}) as { status?: unknown; outputs?: unknown; error?: unknown };
    if (detail.status === 'ERROR') {
      return errorResult(
        `Scenario ${scenarioId} ran ${execution} and failed. Make's error: ${JSON.stringify(detail.error ?? null)}`,
      );
    }
    if (detail.status === 'SUCCESS' || detail.status === 'WARNING') {
      // Make's outputs are an object; anything else stays in the text only, so structuredContent fits the schema
      const isObject = detail.outputs !== null && typeof detail.outputs === 'object' && !Array.isArray(detail.outputs);
      const outputs = isObject ? rename(detail.outputs, tool.outputMaps, 'safe') : null;
      const structured = { executionId, status: detail.status, outputs };
      const shown = isObject ? structured : { ...structured, outputs: detail.outputs ?? null };
      const text = JSON.stringify(detail.status === 'WARNING' ? { ...shown, warning: detail.error ?? null } : shown);
      if (text.length > MAX_RESULT_CHARS) {
        const cut = `its outputs exceed ${MAX_RESULT_CHARS} characters`;
        return errorResult(`Scenario ${scenarioId} finished ${execution}, but ${cut}. Read them with ${later}.`);
      }
      return { content: [{ type: 'text', text }], structuredContent: structured };
    }
    ctx.progress?.note(`Scenario ${scenarioId} is RUNNING ${execution}`, waitMs);
  }
}

/** Not finished, or not known to be: the execution id and the exact call that fetches the outcome later. Not an error. */
function pending(executionId: string, status: 'RUNNING' | 'UNKNOWN', what: string, later: string): CallToolResult {
  return {
    content: [
      {
        type: 'text',
        text: `${what} It was started once; do not run it again to get its result. Fetch the outcome later with ${later}.`,
      },
    ],
    structuredContent: { executionId, status },
  };
}

export function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join(' ');
}
