import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Per-scenario operations, runs and errors across an organization, with changes against the last period.',
  searchWords: 'analytics statistics stats usage report',
};

// Make also takes several teams, folders or statuses (as arrays); the pipeline sends arrays as name[], so one value
// each. Make's bracketed names (timeframe[dateFrom], pg[returnTotalCount]) are declared in queryNames.
export default [
  endpoint({
    name: 'analytics_list',
    title: 'List organization analytics',
    description:
      'Per scenario of an organization: operations, runs, errors, error rate and their change. Enterprise; org Owner.',
    route: 'GET /analytics/{organizationId}',
    scope: 'analytics:read',
    effect: 'read',
    input: () => ({
      organizationId: p.organizationId(),
      teamId: z.number().int().optional().describe('One team, from teams_list.'),
      folderId: z.number().int().optional().describe('One folder, from folders_list.'),
      status: z.enum(['active', 'inactive', 'invalid']).optional().describe('Scenario status.'),
      dateFrom: z.string().min(1).optional().describe('ISO 8601 date-time: period start.'),
      dateTo: z.string().min(1).optional().describe('ISO 8601 date-time: period end.'),
      returnTotalCount: z.boolean().optional().describe('true: also count all entries.'),
      ...p.pagination(['operations', 'executions', 'errors', 'errorRate', 'name', 'operationsChange', 'errorsChange']),
    }),
    queryNames: {
      dateFrom: 'timeframe[dateFrom]',
      dateTo: 'timeframe[dateTo]',
      returnTotalCount: 'pg[returnTotalCount]',
    },
    example: {
      organizationId: 11,
      teamId: 22,
      status: 'active',
      dateFrom: '2026-11-01T00:00:00Z',
      sortBy: 'errors',
      limit: 20,
    },
  }),
];
