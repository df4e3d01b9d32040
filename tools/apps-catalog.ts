import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The apps and modules a user can build scenarios with (verified and custom).',
  searchWords: 'apps catalog marketplace integration integrations available modules connect offer',
};

export default [
  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'apps-catalog_list',
    title: 'List apps and modules',
    description: 'List the apps with their modules that the scenario editor offers a team (large).',
    route: 'GET /imt/apps',
    scope: 'apps:read',
    effect: 'read',
    input: () => ({
      teamId: p.teamId().optional(),
      organizationId: p.organizationId().optional(),
      scoredSearch: z.boolean().optional().describe("Make's scored-search mode flag."),
    }),
    result: 'apps',
    example: { teamId: 22, organizationId: 11 },
  }),

  endpoint({
    name: 'apps-catalog_list-meta',
    title: 'List apps metadata',
    description: 'List the verified and custom apps available: name, label, version, theme, whether hidden.',
    route: 'GET /imt/apps-meta',
    scope: 'apps:read',
    effect: 'read',
    input: () => ({
      organizationId: p
        .organizationId()
        .optional()
        .describe("Only this organization's custom apps; from organizations_list."),
      skipSdkApps: z.boolean().optional().describe('true: verified apps only, no custom ones.'),
    }),
    result: 'apps',
    example: { organizationId: 11, skipSdkApps: false },
  }),

  // Deprecated in that reference; parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'apps-catalog_list-modules-with-credentials',
    title: 'List app modules with credentials',
    description: "Deprecated by Make: list an app version's modules with the connection types they need.",
    route: 'GET /imt/apps/{name}/{version}/modules-with-credentials',
    scope: 'apps:read',
    effect: 'read',
    input: () => ({
      name: p.key('app name', 'apps-catalog_list-meta'),
      version: z.number().int().min(1).describe('App major version, e.g. 1.'),
    }),
    result: 'appModules',
    example: { name: 'slack', version: 1 },
  }),
];
