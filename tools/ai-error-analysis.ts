import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Make's AI explains a scenario error and suggests a fix.",
  searchWords: 'ai explain error failure diagnose',
};

export default [
  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-error-analysis_analyze',
    title: 'Analyze scenario error',
    description: "Ask Make's AI why a scenario module failed and how to fix it; more context (blueprint, ids) helps.",
    route: 'POST /ai-error-analysis',
    scope: null,
    effect: 'read',
    input: () => ({
      errorMessage: z.string().describe('The error text.'),
      errorType: z.string().optional().describe('e.g. "DataError".'),
      errorModuleId: z.number().int().optional().describe("Failing module's ID in the blueprint."),
      scenarioId: p.id('scenario', 'scenarios_list').optional(),
      executionId: p.executionId().optional(),
      blueprint: z.record(z.unknown()).optional().describe('Scenario blueprint.'),
      suberrors: z.array(z.unknown()).optional().describe('Nested errors.'),
    }),
    result: 'analysis',
    example: {
      errorMessage: "Missing value of required parameter 'channel'.",
      errorType: 'DataError',
      errorModuleId: 2,
      scenarioId: 501,
    },
  }),
];
