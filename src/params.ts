// Shared zod fragments for inputs that recur across Make's API.
import { z } from 'zod';

/** A numeric Make id; `listTool` tells the model where valid ids come from. */
export function id(what: string, listTool?: string) {
  const where = listTool ? ` Find it with ${listTool}.` : '';
  return z.number().int().positive().describe(`The ${what} ID.${where}`);
}

export const teamId = () => id('team', 'teams_list');
export const organizationId = () => id('organization', 'organizations_list');

/** `cols[]`: which fields Make returns, to keep results small. */
export function cols(fields: readonly [string, ...string[]]) {
  return z
    .array(z.enum(fields))
    .min(1)
    .optional()
    .describe('Return only these fields (smaller results). Omit for Make\'s default set.');
}

/** Make's pagination, sent as pg[limit], pg[offset], pg[sortBy], pg[sortDir]. */
export function pagination(sortable: readonly [string, ...string[]]) {
  return {
    limit: z.number().int().min(1).max(10000).optional().describe('Maximum number of items to return.'),
    offset: z.number().int().min(0).optional().describe('Number of items to skip, for the next page.'),
    sortBy: z.enum(sortable).optional().describe('Field to sort by.'),
    sortDir: z.enum(['asc', 'desc']).optional().describe('Sort direction.'),
  };
}

/** A textual Make key (an execution id, a variable name, a record key); `listTool` tells where it comes from. */
export function key(what: string, listTool?: string) {
  const where = listTool ? ` From ${listTool}.` : '';
  return z.string().min(1).describe(`The ${what}.${where}`);
}

/**
 * Make's own confirmation flag (`confirmed`), distinct from our `confirm` gate: sent only when the model
 * passes it, after the user agreed to what Make warned about.
 */
export function makeConfirmed(what: string) {
  return z.boolean().optional().describe(`Make's own flag: proceed even though ${what}. Only after the user agreed.`);
}
