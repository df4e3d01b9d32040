import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The saved definition (modules, routes, settings) of a scenario, one version per save.',
  searchWords: 'blueprint design modules flow definition version history export backup json',
};

const scenarioId = () => p.id('scenario', 'scenarios_list');

export default [
  endpoint({
    name: 'scenario-blueprints_get',
    title: 'Get scenario blueprint',
    description: "Get a scenario's blueprint (modules and settings) and schedule: live, draft or an earlier version.",
    route: 'GET /scenarios/{scenarioId}/blueprint',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      scenarioId: scenarioId(),
      blueprintId: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('An earlier version, from scenario-blueprints_list.'),
      draft: z.boolean().optional().describe('true: the draft; false: the live version.'),
    }),
    result: 'response',
    example: { scenarioId: 501, blueprintId: 1 },
  }),

  endpoint({
    name: 'scenario-blueprints_list',
    title: 'List blueprint versions',
    description: "List the saved versions of a scenario's blueprint, with when each was saved.",
    route: 'GET /scenarios/{scenarioId}/blueprints',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'scenariosBlueprints',
    example: { scenarioId: 501 },
  }),
];
