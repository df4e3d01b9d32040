import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The operations and data transfer scenarios use, per day, per module and per period.',
  searchWords: 'usage operations credits consumption cost',
};

const scenarioId = () => p.id('scenario', 'scenarios_list');
const days = () => z.number().int().min(1).optional().describe('How many past days to cover.');
// Make does not document the format of from/to; both forms travel the same way in a query string.
const moment = (what: string) => z.string().min(1).optional().describe(`${what}: ISO 8601 date-time or ms timestamp.`);

export default [
  endpoint({
    name: 'scenario-consumptions_get-usage',
    title: 'Get scenario daily usage',
    description: 'Get the operations and data transfer a scenario used on each of the last 30 days.',
    route: 'GET /scenarios/{scenarioId}/usage',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      scenarioId: scenarioId(),
      organizationTimezone: z.boolean().optional().describe("true: days in the org's timezone."),
    }),
    result: 'data',
    example: { scenarioId: 501, organizationTimezone: true },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenario-consumptions_list-by-module',
    title: 'List consumptions by module',
    description: 'Get operations per module of the given scenarios over recent days. Only reads, though a POST.',
    route: 'POST /scenarios/modules/consumptions',
    scope: 'scenarios:write',
    effect: 'read',
    input: () => ({
      organizationId: p.organizationId().optional(),
      scenarioIds: z
        .array(z.number().int().positive())
        .min(1)
        .optional()
        .describe('Scenario IDs, from scenarios_list.'),
      days: days(),
    }),
    query: ['organizationId', 'days'],
    result: 'scenarios',
    example: { organizationId: 11, scenarioIds: [501], days: 7 },
  }),

  // Deprecated by Make; parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenario-consumptions_list-module-operations',
    title: 'List module operations (deprecated)',
    description: 'Get operations per module of a scenario. Deprecated: prefer scenario-consumptions_list-by-module.',
    route: 'GET /scenarios/{scenarioId}/modules/operations',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId(), days: days() }),
    result: 'operations',
    example: { scenarioId: 501, days: 7 },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenario-consumptions_get-overview',
    title: 'Get scenario consumption overview',
    description: 'Summarize what a scenario consumed (operations, transfer) over a period.',
    route: 'GET /scenarios/{scenarioId}/consumption-overview',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      scenarioId: scenarioId(),
      from: moment('Start'),
      to: moment('End'),
      showCheckRuns: z.boolean().optional().describe('Count check runs (a trigger that found nothing).'),
    }),
    example: { scenarioId: 501, from: '2026-01-01T00:00:00Z', to: '2026-01-31T23:59:59Z' },
  }),

  endpoint({
    name: 'scenario-consumptions_list',
    title: 'List scenario consumptions',
    description: "List a team's scenarios that used operations this reset period: operations, transfer, lastReset.",
    route: 'GET /scenarios/consumptions',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), organizationId: p.organizationId().optional() }),
    example: { teamId: 22 },
  }),
];
