// Analytics: per-scenario operations, runs and errors across an organization, with changes against the last period.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

// Make also takes several teams, folders or statuses (as arrays), timeframe[dateFrom]/[dateTo], pg[last] and
// pg[returnTotalCount]; the pipeline sends arrays as name[] and cannot send those bracketed names, so one value each.
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
      ...p.pagination(['operations', 'executions', 'errors', 'errorRate', 'name', 'operationsChange', 'errorsChange']),
    }),
    example: { organizationId: 11, teamId: 22, status: 'active', sortBy: 'errors', limit: 20 },
  }),
];
