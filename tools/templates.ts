import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "A team's private scenario templates, which can be published and submitted for public approval.",
  searchWords: 'template templates share reuse',
};

const TEMPLATE_FIELDS = [
  'id',
  'name',
  'teamId',
  'description',
  'usedApps',
  'public',
  'published',
  'approved',
  'approvedId',
  'requestedApproval',
  'publishedId',
  'publicUrl',
  'approvedName',
  'publishedName',
] as const;

const templateId = () => p.id('template', 'templates_list');
const templatePublicId = () =>
  z.number().int().positive().optional().describe('Public version: its publishedId or approvedId.');
const blueprint = () => z.record(z.unknown()).describe('{name, flow, metadata}.');
const scheduling = () => z.record(z.unknown()).optional().describe('e.g. {"type":"indefinitely","interval":900}.');
const controller = () => z.record(z.unknown()).optional().describe('Setup wizard texts per module.');

export default [
  endpoint({
    name: 'templates_list',
    title: 'List templates',
    description: "List a team's private templates with their publication and approval state.",
    route: 'GET /templates',
    scope: 'templates:read',
    effect: 'read',
    input: () => ({
      teamId: p.teamId(),
      public: z.boolean().optional().describe('true: only approved public ones; false: others.'),
      usedApps: z.array(z.string().min(1)).optional().describe('Only those using these apps, e.g. ["slack"].'),
      cols: p.cols(TEMPLATE_FIELDS),
      ...p.pagination(['id', 'name']),
    }),
    result: 'templates',
    example: { teamId: 22, usedApps: ['slack'], cols: ['id', 'name', 'published'] },
  }),

  endpoint({
    name: 'templates_create',
    title: 'Create template',
    description: 'Create a private template in a team from a scenario blueprint; blueprint.name names it.',
    route: 'POST /templates',
    scope: 'templates:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      blueprint: blueprint(),
      language: z.string().min(2).optional().describe('e.g. "en"; cannot be changed later.'),
      scheduling: scheduling(),
      controller: controller(),
    }),
    result: 'template',
    example: { teamId: 22, language: 'en', blueprint: { name: 'Sync leads', flow: [], metadata: { version: 1 } } },
  }),

  endpoint({
    name: 'templates_get',
    title: 'Get template',
    description: 'Get a private template: name, apps used, publication and approval state.',
    route: 'GET /templates/{templateId}',
    scope: 'templates:read',
    effect: 'read',
    input: () => ({ templateId: templateId(), cols: p.cols(TEMPLATE_FIELDS) }),
    result: 'template',
    example: { templateId: 201, cols: ['id', 'name', 'usedApps'] },
  }),

  endpoint({
    name: 'templates_update',
    title: 'Update template',
    description:
      'Rename a template or replace its blueprint, schedule or wizard; the old blueprint is lost. Omitted fields stay.',
    route: 'PATCH /templates/{templateId}',
    scope: 'templates:write',
    effect: 'destructive',
    input: () => ({
      templateId: templateId(),
      templatePublicId: templatePublicId(),
      name: z.string().min(1).optional().describe('New name.'),
      blueprint: blueprint().optional(),
      scheduling: scheduling(),
      controller: controller(),
    }),
    query: ['templatePublicId'],
    result: 'template',
    example: { templateId: 201, name: 'Sync leads to CRM' },
  }),

  endpoint({
    name: 'templates_delete',
    title: 'Delete template',
    description: 'Delete a private template and its published version. Make requires confirmed.',
    route: 'DELETE /templates/{templateId}',
    scope: 'templates:write',
    effect: 'destructive',
    input: () => ({
      templateId: templateId(),
      confirmed: p.makeConfirmed('the template and its published version go'),
    }),
    makeConfirmFlag: 'confirmed',
    result: 'template',
    example: { templateId: 201, confirmed: true },
  }),

  endpoint({
    name: 'templates_get-blueprint',
    title: 'Get template blueprint',
    description: "Get a template's blueprint, schedule, wizard and language, e.g. to build a scenario from it.",
    route: 'GET /templates/{templateId}/blueprint',
    scope: 'templates:read',
    effect: 'read',
    input: () => ({
      templateId: templateId(),
      forUse: z.boolean().optional().describe('true: it is for creating a scenario.'),
      templatePublicId: templatePublicId(),
    }),
    example: { templateId: 201, forUse: true },
  }),

  endpoint({
    name: 'templates_publish',
    title: 'Publish template',
    description:
      'Publish a private template (creates its published version); templates_request-approval makes it public.',
    route: 'POST /templates/{templateId}/publish',
    scope: 'templates:write',
    effect: 'write',
    input: () => ({
      templateId: templateId(),
      data: z.record(z.unknown()).optional().describe('Extra body fields; usually omit.'),
    }),
    spread: 'data',
    result: 'template',
    example: { templateId: 201 },
  }),

  endpoint({
    name: 'templates_request-approval',
    title: 'Request template approval',
    description: 'Ask Make to review a published template for the public gallery.',
    route: 'POST /templates/{templateId}/request-approval',
    scope: 'templates:write',
    effect: 'write',
    input: () => ({ templateId: templateId(), templatePublicId: templatePublicId() }),
    query: ['templatePublicId'],
    result: 'template',
    example: { templateId: 201, templatePublicId: 202 },
  }),
];
