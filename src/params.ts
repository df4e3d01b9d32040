// Shared zod fragments for inputs that recur across Make's API.
import { z } from 'zod';

// Descriptions here are short on purpose: every one is repeated across hundreds of tools in the model's context.

const capitalized = (what: string) => what.charAt(0).toUpperCase() + what.slice(1);

/** A numeric Make id; `listTool` tells the model where valid ids come from. */
export function id(what: string, listTool?: string) {
  return z.number().int().min(1).describe(`${capitalized(what)} ID${listTool ? `, from ${listTool}` : ''}.`);
}

export const teamId = () => id('team', 'teams_list');
export const organizationId = () => id('organization', 'organizations_list');

/** `cols[]`: which fields Make returns, to keep results small. */
export function cols(fields: readonly [string, ...string[]]) {
  return z
    .array(z.enum(fields))
    .min(1)
    .optional()
    .describe('Only these fields (smaller results).');
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
  return z.string().min(1).describe(`${capitalized(what)}${listTool ? `, from ${listTool}` : ''}.`);
}

/**
 * Make's own confirmation flag (`confirmed`), distinct from our `confirm` gate: sent only when the model
 * passes it, after the user agreed to what Make warned about.
 */
export function makeConfirmed(what: string) {
  return z.boolean().optional().describe(`Make's own flag: go ahead although ${what}. Only after the user agreed.`);
}
