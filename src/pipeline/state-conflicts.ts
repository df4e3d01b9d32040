// Make's answers to a request that met the wrong state (a run of an inactive scenario, activating an active one),
// each turned into the model's next step, in one table for every tool, listed or reached through the catalogue.
// Make's own figures: these refusals are the most common failed calls on its hosted MCP server, and advice such as
// "correct the arguments" sends a model into a retry loop.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { MakeErrorBody } from '../http/client.js';

/** How the model calls a tool here with these arguments: directly where it is listed, else through a catalogue caller. */
export type HowToCall = (tool: string, args: Record<string, unknown>) => string;

export interface StateConflict {
  /** The declaration's route the answer came to. */
  route: string;
  /** Make's words for the state (matched in its message, detail or field messages). */
  said: RegExp;
  /**
   * `already`: the resource is already in the state asked for, so the call succeeded in effect: a success that says
   * so, and a model does not loop. `refused`: nothing happened; the text says what to do instead.
   */
  outcome: 'already' | 'refused';
  /** The words for the model; `id` is the path id of the request, `how` names the calls. */
  answer(id: string, how: HowToCall): string;
}

export const STATE_CONFLICTS: readonly StateConflict[] = [
  {
    route: 'POST /scenarios/{scenarioId}/run',
    said: /scenario is not activated/i,
    outcome: 'refused',
    answer: (id, how) =>
      `Nothing ran: scenario ${id} is inactive (a new scenario starts inactive). Activate it with ` +
      `${how('scenarios_activate', { scenarioId: Number(id) })}, then run it again.`,
  },
  {
    route: 'POST /scenarios/{scenarioId}/run',
    said: /already being executed/i,
    outcome: 'refused',
    answer: (id, how) =>
      `Nothing new ran: scenario ${id} is running already, and Make runs one execution of a scenario at a time. Do not ` +
      `retry now. Find the running execution with ${how('executions_list', { scenarioId: Number(id), limit: 1 })}, ` +
      `read it with executions_get-detail (scenarioId ${id} and its id) until its status is no longer RUNNING, then ` +
      'run again only if it is still needed.',
  },
  {
    route: 'POST /scenarios/{scenarioId}/start',
    said: /already running/i,
    outcome: 'already',
    answer: (id) => `Scenario ${id} was already active; nothing changed. It runs on its schedule and can be run now.`,
  },
  {
    route: 'POST /scenarios/{scenarioId}/stop',
    said: /is not running/i,
    outcome: 'already',
    answer: (id) => `Scenario ${id} was already inactive; nothing changed.`,
  },
  {
    route: 'POST /hooks/{hookId}/enable',
    said: /already enabled/i,
    outcome: 'already',
    answer: (id) => `Hook ${id} was already enabled; nothing changed.`,
  },
  {
    route: 'POST /hooks/{hookId}/disable',
    said: /already disabled/i,
    outcome: 'already',
    answer: (id) => `Hook ${id} was already disabled; nothing changed.`,
  },
];

/**
 * The answer for a refusal of `route` that is a known state conflict, or undefined. `id` is the request's path id.
 * Only a 4xx: a 5xx is Make failing, whatever it says.
 */
export interface Refusal {
  route: string;
  status: number;
  body: MakeErrorBody | undefined;
  /** The request's path id. */
  id: string;
  how: HowToCall;
}

export function stateConflictAnswer({ route, status, body, id, how }: Refusal): CallToolResult | undefined {
  if (status < 400 || status >= 500 || !body) return undefined;
  const words = [body.message, body.detail, ...(body.suberrors ?? []).map((s) => s?.message)].filter(
    (w): w is string => typeof w === 'string',
  );
  for (const conflict of STATE_CONFLICTS) {
    const said = conflict.route === route ? words.find((w) => conflict.said.test(w)) : undefined;
    if (said === undefined) continue;
    const text = conflict.answer(id, how);
    return conflict.outcome === 'already'
      ? { content: [{ type: 'text', text }], structuredContent: { changed: false } }
      : { content: [{ type: 'text', text: `Make refused: ${said.replace(/\.$/, '')}. ${text}` }], isError: true };
  }
  return undefined;
}

/** A tool named as it is, for callers that do not know how this configuration lists it. */
export const byName: HowToCall = (tool, args) => `${tool} ${JSON.stringify(args)}`;
