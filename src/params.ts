// Shared zod fragments for inputs that recur across Make's API.
import { z } from 'zod';

// Descriptions here are short on purpose: every one is repeated across hundreds of tools in the model's context.

const capitalized = (what: string) => what.charAt(0).toUpperCase() + what.slice(1);
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
/** Words that say what kind of value, not what it belongs to: the property's own name says as much. */
const GENERIC = new Set(['id', 'name', 'key', 'uuid']);

/**
 * Where a value comes from, and what it is unless the list tool's name says so already: `teams_list` names a team,
 * so a team id reads "From teams_list."; a parent folder's id keeps "Parent folder ID, from folders_list.".
 */
function origin(what: string, listTool: string | undefined): string {
  if (!listTool) return `${capitalized(what)}.`;
  const words = what
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && !GENERIC.has(w));
  const named = words.every((w) => letters(listTool).includes(w));
  return named ? `From ${listTool}.` : `${capitalized(what)}, from ${listTool}.`;
}

/** A numeric Make id; `listTool` tells the model where valid ids come from. */
export function id(what: string, listTool?: string) {
  return z
    .number()
    .int()
    .min(1)
    .describe(origin(`${what} ID`, listTool));
}

export const teamId = () => id('team', 'teams_list');
export const organizationId = () => id('organization', 'organizations_list');

/** `cols[]`: which fields Make returns, to keep results small. */
export function cols(fields: readonly [string, ...string[]]) {
  return z.array(z.enum(fields)).min(1).optional().describe('Fields to return.');
}

/** Make's pagination, sent as pg[limit], pg[offset], pg[sortBy], pg[sortDir]. */
export function pagination(sortable: readonly [string, ...string[]]) {
  return {
    limit: z.number().int().min(1).max(10000).optional().describe('Page size.'),
    offset: z.number().int().min(0).optional().describe('Items to skip (next page).'),
    sortBy: z.enum(sortable).optional().describe('Sort field.'),
    sortDir: z.enum(['asc', 'desc']).optional().describe('Sort order.'),
  };
}

/** A textual Make key (an execution id, a variable name, a record key); `listTool` tells where it comes from. */
export function key(what: string, listTool?: string) {
  return z.string().min(1).describe(origin(what, listTool));
}

/**
 * Make's own confirmation flag (`confirmed`), distinct from our `confirm` gate: sent only when the model
 * passes it, after the user agreed to what Make warned about.
 */
export function makeConfirmed(what: string) {
  return z.boolean().optional().describe(`Make's check: go ahead although ${what}; ask the user first.`);
}

/** The most bytes of a run's outputs Make may send (its maxBytes); larger ones are refused, never sent. */
export const EXECUTION_BYTES = 1_048_576;

/** Make's scenario execution ids: 32 lowercase hex characters. */
const EXECUTION_ID = /^[0-9a-f]{32}$/;

/** A scenario execution's id, checked against Make's pattern before anything is sent. */
export function executionId(listTool = 'executions_list') {
  return z
    .string()
    .regex(
      EXECUTION_ID,
      'must be 32 lowercase hex characters (e.g. 9f3c2a7e5b1d4c8e8a6f0b2d4e6a8c0f), as scenarios_run or executions_list give it',
    )
    .describe(`Execution ID (32 lowercase hex), from ${listTool}.`);
}

/**
 * An object Make takes as JSON text, given as an object or as that text: text must parse, and either way the
 * object must fit `schema` before anything is sent.
 */
function jsonObject<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch (err) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `not valid JSON text (${(err as Error).message}); pass an object`,
      });
      return z.NEVER;
    }
  }, schema);
}

/** A blueprint module: the fields Make needs typed, every other one (parameters, mapper, routes, filter…) kept as given. */
const blueprintModule = () =>
  z
    .object({
      id: z.number().int().describe('Unique in the blueprint.'),
      module: z
        .string()
        .regex(/^[^\s:]+:[^\s:]+$/, 'must be app:Module, e.g. http:ActionSendData')
        .describe('app:Module, e.g. http:ActionSendData; an existing module, never invented.'),
      version: z.number().int().describe('Module version.'),
    })
    .passthrough();

/**
 * A scenario blueprint: name, flow and metadata checked, every key it does not know kept, so what was read with
 * scenario-blueprints_get goes back whole.
 */
export function blueprint(description = 'As from scenario-blueprints_get; other keys are kept.') {
  return jsonObject(
    z
      .object({
        name: z.string().describe('Scenario name.'),
        flow: z.array(blueprintModule()).describe('Modules in order; a router holds routes: [{flow}].'),
        metadata: z.record(z.unknown()).describe('Required; {"version":1} if unsure.'),
      })
      .passthrough(),
  ).describe(description);
}

/** Make's scheduling types; there is no cron. */
export const SCHEDULING_TYPES = [
  'indefinitely',
  'once',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'on-demand',
  'immediately',
] as const;
const SCHEDULING_FIELDS = 'type, interval, date, days, months, time, between, restrict';

/** A scenario's schedule in Make's own shape: the type and only the fields Make knows (no cron). */
export function scheduling() {
  return jsonObject(
    z
      .object({
        type: z.enum(SCHEDULING_TYPES).describe('immediately: on each trigger event; on-demand: only when run.'),
        interval: z.number().int().min(60).optional().describe('indefinitely: seconds between runs.'),
        date: z.string().optional().describe('once: ISO 8601 date and time.'),
        days: z
          .array(z.number().int().min(0).max(31))
          .optional()
          .describe('weekly: 0-6 (0 Sunday); monthly/yearly: 1-31.'),
        months: z.array(z.number().int().min(1).max(12)).optional().describe('yearly: 1-12.'),
        time: z
          .string()
          .regex(/^\d{1,2}:\d{2}$/, 'must be HH:MM, e.g. 09:00')
          .optional()
          .describe('daily...yearly: HH:MM.'),
        between: z.array(z.string()).optional().describe('ISO 8601 dates it may run between.'),
        restrict: z.array(z.record(z.unknown())).optional().describe('Time windows it may run in.'),
      })
      .strict(`the fields are ${SCHEDULING_FIELDS}; there is no cron`),
  ).describe('Only these fields; e.g. {"type":"indefinitely","interval":900}.');
}
