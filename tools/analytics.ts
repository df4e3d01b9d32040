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
      'List scenarios of an organization with their operations, runs, errors and error rate, and the change ' +
      'against the previous period. Enterprise plan, org Owner.',
    route: 'GET /analytics/{organizationId}',
    scope: 'analytics:read',
    effect: 'read',
    input: {
      organizationId: p.organizationId(),
      teamId: p.id('team', 'teams_list').optional().describe('Only this team, from teams_list.'),
      folderId: z.number().int().positive().optional().describe('Only this scenario folder.'),
      status: z.enum(['active', 'inactive', 'invalid']).optional().describe('Only scenarios with this status.'),
      ...p.pagination([
        'operations', 'executions', 'errors', 'errorRate', 'name', 'teamName', 'status',
        'operationsChange', 'executionsChange', 'errorsChange', 'errorRateChange',
      ]),
    },
    example: { organizationId: 11, teamId: 22, status: 'active', sortBy: 'errors', limit: 20 },
  }),
];
