import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "An organization's set of custom scenario properties (their items are a toolset apart).",
  searchWords: 'custom property properties structure fields metadata schema schemas defined',
};

export default [
  endpoint({
    name: 'custom-property-structures_list',
    title: 'List custom property structures',
    description: "List an organization's custom property structures (custom scenario property sets).",
    route: 'GET /custom-property-structures',
    scope: 'custom-property-structures:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'customPropertyStructures',
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'custom-property-structures_create',
    title: 'Create custom property structure',
    description: "Create an organization's custom scenario property structure, then add fields to it.",
    route: 'POST /custom-property-structures',
    scope: 'custom-property-structures:write',
    effect: 'write',
    input: () => ({
      associatedType: z.string().describe('"scenario".'),
      belongerType: z.string().describe('"organization".'),
      belongerId: z.number().int().describe('Organization ID, from organizations_list.'),
    }),
    example: { associatedType: 'scenario', belongerType: 'organization', belongerId: 11 },
  }),
];
