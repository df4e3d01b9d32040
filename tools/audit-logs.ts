import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Who did what in an organization or team (created keys, changed connections, invited users, ...).',
  searchWords: 'audit log activity who changed history security',
};

// Make also takes several teams, events or authors (as arrays) and pg[last] / pg[returnTotalCount]; the pipeline
// sends arrays as name[] and knows pg[] only for limit, offset, sortBy and sortDir, so one value each here.
const day = (what: string) => z.string().optional().describe(`${what}, YYYY-MM-DD.`);
const byIdOrName = (what: string) =>
  z.union([z.number().int(), z.string()]).optional().describe(`One ${what}, by ID or name.`);
const { limit, offset, sortDir } = p.pagination(['triggeredAt']);
const filters = (tool: string) => ({
  dateFrom: day('From this day'),
  dateTo: day('Until this day'),
  event: z.string().optional().describe(`One event, from ${tool}.`),
  author: byIdOrName('acting user'),
  limit,
  offset,
  sortDir,
});

export default [
  endpoint({
    name: 'audit-logs_list-organization',
    title: 'List organization audit logs',
    description: "List an organization's audit log entries, newest first. Needs org Admin or Owner.",
    route: 'GET /audit-logs/organization/{organizationId}',
    scope: 'auditlogs:read',
    effect: 'read',
    input: () => ({
      organizationId: p.organizationId(),
      team: byIdOrName('team'),
      ...filters('audit-logs_get-organization-filters'),
    }),
    result: 'auditLogs',
    example: { organizationId: 11, dateFrom: '2025-01-01', event: 'connection_created', limit: 50 },
  }),

  endpoint({
    name: 'audit-logs_get-organization-filters',
    title: 'Get organization audit log filters',
    description: "Get the users, teams and events to filter an organization's audit log by.",
    route: 'GET /audit-logs/organization/{organizationId}/filters',
    scope: 'auditlogs:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId() }),
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'audit-logs_list-team',
    title: 'List team audit logs',
    description: "List a team's audit log entries, newest first. Needs team Admin.",
    route: 'GET /audit-logs/team/{teamId}',
    scope: 'auditlogs:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), ...filters('audit-logs_get-team-filters') }),
    result: 'auditLogs',
    example: { teamId: 22, dateTo: '2025-01-31', author: 33, sortDir: 'asc' },
  }),

  endpoint({
    name: 'audit-logs_get-team-filters',
    title: 'Get team audit log filters',
    description: "Get the users and events to filter a team's audit log by.",
    route: 'GET /audit-logs/team/{teamId}/filters',
    scope: 'auditlogs:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId() }),
    example: { teamId: 22 },
  }),

  // Scope from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'audit-logs_get',
    title: 'Get audit log entry',
    description: 'Get an audit log entry: what changed, by whom, when.',
    route: 'GET /audit-logs/{organizationId}/{uuid}',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({
      organizationId: p.organizationId(),
      uuid: p.key('entry UUID', 'audit-logs_list-organization'),
    }),
    example: { organizationId: 11, uuid: 'audit-1a2b3c' },
  }),
];
