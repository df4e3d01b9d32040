import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Named values (TAC_... or PAC_... references) kept in a scenario's metadata.",
  searchWords: 'build variable variables deployment',
};

const scenarioId = () => p.id('scenario', 'scenarios_list');
const variables = (what: string) =>
  z
    .array(z.record(z.string()))
    .min(1)
    .describe(`${what} [{name, value}]: name at most 128 chars, value TAC_ or PAC_ + digits.`);

export default [
  endpoint({
    name: 'scenario-build-variables_list',
    title: 'List build-time variables',
    description: "List a scenario's build-time variables (names and values).",
    route: 'GET /scenarios/{scenarioId}/build-variables',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'variables',
    example: { scenarioId: 501 },
  }),

  endpoint({
    name: 'scenario-build-variables_add',
    title: 'Add build-time variables',
    description: 'Add build-time variables to a scenario; existing ones stay.',
    route: 'POST /scenarios/{scenarioId}/build-variables',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({ scenarioId: scenarioId(), input: variables('To add.') }),
    result: 'ok',
    example: { scenarioId: 501, input: [{ name: 'CRM_CONNECTION', value: 'TAC_101' }] },
  }),

  endpoint({
    name: 'scenario-build-variables_replace',
    title: 'Replace build-time variables',
    description: "Replace all of a scenario's build-time variables; any left out are lost.",
    route: 'PUT /scenarios/{scenarioId}/build-variables',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({ scenarioId: scenarioId(), input: variables('The full list.') }),
    result: 'ok',
    example: { scenarioId: 501, input: [{ name: 'CRM_CONNECTION', value: 'PAC_101' }] },
  }),

  endpoint({
    name: 'scenario-build-variables_delete',
    title: 'Delete build-time variable',
    description: "Remove a scenario's build-time variable, found by its value.",
    route: 'DELETE /scenarios/{scenarioId}/build-variables',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({
      scenarioId: scenarioId(),
      value: z.string().describe('Its value, e.g. TAC_101, from scenario-build-variables_list.'),
    }),
    result: 'ok',
    example: { scenarioId: 501, value: 'TAC_101' },
  }),
];
