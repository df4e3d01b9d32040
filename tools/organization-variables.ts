import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Named values (custom variables) that every scenario in an organization can read.',
  searchWords: 'variable variables setting constant env environment organization',
};

const variableName = () => p.key('variable name', 'organization-variables_list');
const typeId = () => z.number().int().min(1).max(4).describe('1 number, 2 string, 3 boolean, 4 date (ISO 8601).');
const value = () => z.union([z.string(), z.number(), z.boolean()]).describe('The value, matching typeId.');

export default [
  endpoint({
    name: 'organization-variables_list',
    title: 'List organization variables',
    description: "List an organization's variables with types and values, Make's system ones included.",
    route: 'GET /organizations/{organizationId}/variables',
    scope: 'organization-variables:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'organizationVariables',
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'organization-variables_create',
    title: 'Create organization variable',
    description: 'Create a custom variable for all scenarios of the organization (plan feature).',
    route: 'POST /organizations/{organizationId}/variables',
    scope: 'organization-variables:write',
    effect: 'write',
    input: () => ({
      organizationId: p.organizationId(),
      name: z
        .string()
        .regex(/^[A-Za-z0-9$_]+$/)
        .describe('Letters, digits, $ and _.'),
      typeId: typeId(),
      value: value(),
    }),
    result: 'organizationVariable',
    example: { organizationId: 11, name: 'REGION', typeId: 2, value: 'eu1' },
  }),

  endpoint({
    name: 'organization-variables_update',
    title: 'Update organization variable',
    description: "Change an organization variable's value or type; old values stay in its history.",
    route: 'PATCH /organizations/{organizationId}/variables/{variableName}',
    scope: 'organization-variables:write',
    effect: 'write',
    input: () => ({
      organizationId: p.organizationId(),
      variableName: variableName(),
      typeId: typeId().optional(),
      value: value().optional(),
    }),
    result: 'organizationVariable',
    example: { organizationId: 11, variableName: 'API_BASE', typeId: 2, value: 'https://api.example.com/v2' },
  }),

  endpoint({
    name: 'organization-variables_delete',
    title: 'Delete organization variable',
    description: 'Delete an organization variable; scenarios that read it get no value.',
    route: 'DELETE /organizations/{organizationId}/variables/{variableName}',
    scope: 'organization-variables:write',
    effect: 'destructive',
    input: () => ({
      organizationId: p.organizationId(),
      variableName: variableName(),
      confirmed: p.makeConfirmed('scenarios may use it'),
    }),
    makeConfirmFlag: 'confirmed',
    result: 'ok',
    example: { organizationId: 11, variableName: 'API_BASE', confirmed: true },
  }),

  endpoint({
    name: 'organization-variables_get-history',
    title: 'Get organization variable history',
    description: 'List the changes of an organization variable: values, when, by whom.',
    route: 'GET /organizations/{organizationId}/variables/{variableName}/history',
    scope: 'organization-variables:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId(), variableName: variableName() }),
    result: 'organizationVariableHistory',
    example: { organizationId: 11, variableName: 'API_BASE' },
  }),
];
