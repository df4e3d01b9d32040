import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Named values (custom variables) that every scenario of a team can read.',
  searchWords: 'variable variables setting constant env environment team',
};

const variableName = () => p.key('variable name', 'team-variables_list');
const typeId = () => z.number().int().min(1).max(4).describe('1 number, 2 string, 3 boolean, 4 date (ISO 8601).');
const value = () => z.union([z.string(), z.number(), z.boolean()]).describe('The value, matching typeId.');

export default [
  endpoint({
    name: 'team-variables_list',
    title: 'List team variables',
    description:
      "List a team's variables (types, values), Make's system ones included. Custom ones are a plan feature.",
    route: 'GET /teams/{teamId}/variables',
    scope: 'team-variables:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId() }),
    result: 'teamVariables',
    example: { teamId: 22 },
  }),

  endpoint({
    name: 'team-variables_create',
    title: 'Create team variable',
    description: "Create a custom variable that the team's scenarios can use.",
    route: 'POST /teams/{teamId}/variables',
    scope: 'team-variables:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      name: z
        .string()
        .regex(/^[A-Za-z0-9$_]+$/)
        .describe('Letters, digits, $ and _.'),
      typeId: typeId(),
      value: value(),
    }),
    result: 'teamVariable',
    example: { teamId: 22, name: 'REGION', typeId: 2, value: 'eu1' },
  }),

  endpoint({
    name: 'team-variables_update',
    title: 'Update team variable',
    description: "Change a team variable's value or type; old values stay in its history.",
    route: 'PATCH /teams/{teamId}/variables/{variableName}',
    scope: 'team-variables:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      variableName: variableName(),
      typeId: typeId().optional(),
      value: value().optional(),
    }),
    result: 'teamVariable',
    example: { teamId: 22, variableName: 'API_BASE', typeId: 2, value: 'https://api.example.com/v2' },
  }),

  endpoint({
    name: 'team-variables_delete',
    title: 'Delete team variable',
    description: 'Delete a team variable; scenarios that read it get no value. Make requires confirmed.',
    route: 'DELETE /teams/{teamId}/variables/{variableName}',
    scope: 'team-variables:write',
    effect: 'destructive',
    input: () => ({
      teamId: p.teamId(),
      variableName: variableName(),
      confirmed: p.makeConfirmed('scenarios may use it'),
    }),
    makeConfirmFlag: 'confirmed',
    result: 'ok',
    example: { teamId: 22, variableName: 'API_BASE', confirmed: true },
  }),

  endpoint({
    name: 'team-variables_get-history',
    title: 'Get team variable history',
    description: "List a team variable's changes, newest first: old and new value, when, by whom.",
    route: 'GET /teams/{teamId}/variables/{variableName}/history',
    scope: 'team-variables:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), variableName: variableName() }),
    result: 'teamVariableHistory',
    example: { teamId: 22, variableName: 'API_BASE' },
  }),
];
