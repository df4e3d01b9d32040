import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "The approved scenario templates in Make's public gallery, open to everyone.",
  searchWords: 'public template gallery marketplace',
};

const PUBLIC_FIELDS = ['id', 'name', 'description', 'url', 'usedApps', 'usage'] as const;

const templateUrl = () => p.key('template URL slug, e.g. "201-sync-leads"', 'public-templates_list');
const templatePublicId = () =>
  z.number().int().positive().optional().describe('A public version (approvedId); default: current.');

export default [
  endpoint({
    name: 'public-templates_list',
    title: 'List public templates',
    description: "Search Make's public template gallery, most used first; filter by name or apps used.",
    route: 'GET /templates/public',
    scope: 'templates:read',
    effect: 'read',
    input: () => ({
      name: z.string().min(1).optional().describe('Only this name.'),
      usedApps: z.array(z.string().min(1)).optional().describe('Only those using these apps, e.g. ["slack"].'),
      includeEn: z.boolean().optional().describe("Also English ones if the user's language differs."),
      cols: p.cols(PUBLIC_FIELDS),
      ...p.pagination(['usage', 'name', 'id']),
    }),
    result: 'templatesPublic',
    example: { usedApps: ['slack'], cols: ['id', 'name', 'url'], limit: 10 },
  }),

  endpoint({
    name: 'public-templates_get',
    title: 'Get public template',
    description: 'Get a public template: description, apps used, how often used.',
    route: 'GET /templates/public/{templateUrl}',
    scope: 'templates:read',
    effect: 'read',
    input: () => ({ templateUrl: templateUrl(), templatePublicId: templatePublicId(), cols: p.cols(PUBLIC_FIELDS) }),
    result: 'templatePublic',
    example: { templateUrl: '201-sync-leads', cols: ['id', 'name', 'usedApps'] },
  }),

  endpoint({
    name: 'public-templates_get-blueprint',
    title: 'Get public template blueprint',
    description: "Get a public template's blueprint, schedule, wizard and language, e.g. to build a scenario from it.",
    route: 'GET /templates/public/{templateUrl}/blueprint',
    scope: 'templates:read',
    effect: 'read',
    input: () => ({ templateUrl: templateUrl(), templatePublicId: templatePublicId() }),
    example: { templateUrl: '201-sync-leads' },
  }),
];
