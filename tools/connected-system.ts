import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'On-premise agents that let Make reach apps inside a private network.',
  searchWords: 'system systems on-premise on-prem private network internal database server',
};

const connectedSystemId = () => p.key('connected system ID', 'connected-system_list');
const agentId = () => p.key('on-prem agent ID', 'on-prem-agent_list');
const appName = () => z.string().min(1).describe('App, from connected-system_list-apps.');
const inputs = () => z.record(z.unknown()).describe('Fields from on-prem-agent_get-app-config.');

export default [
  // Make's client calls it enums.connectedSystemApps.
  endpoint({
    source: 'make-client',
    name: 'connected-system_list-apps',
    title: 'List connected-system apps',
    description: 'List apps usable through an on-premise connected system (agent).',
    route: 'GET /enums/connected-system-apps',
    scope: 'agents:read',
    effect: 'read',
    input: () => ({}),
    result: 'connectedSystemApps',
    example: {},
  }),

  // Make's client calls it connectedSystems.list.
  endpoint({
    source: 'make-client',
    name: 'connected-system_list',
    title: 'List connected systems',
    description: 'List the connected systems (private apps) of an on-prem agent.',
    route: 'GET /connected-systems',
    scope: 'agents:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId(), agentId: agentId() }),
    result: 'connectedSystems',
    example: { organizationId: 11, agentId: 'agent-1a2b' },
  }),

  // Make's client calls it connectedSystems.get.
  endpoint({
    source: 'make-client',
    name: 'connected-system_get',
    title: 'Get connected system',
    description: 'Get a connected system: agent, app, inputs.',
    route: 'GET /connected-systems/{connectedSystemId}',
    scope: 'agents:read',
    effect: 'read',
    input: () => ({ connectedSystemId: connectedSystemId(), organizationId: p.organizationId() }),
    result: 'connectedSystem',
    example: { connectedSystemId: 'csys-1a2b', organizationId: 11 },
  }),

  // Make's client calls it connectedSystems.create.
  endpoint({
    source: 'make-client',
    name: 'connected-system_create',
    title: 'Create connected system',
    description: 'Make a private-network app reachable through an on-prem agent.',
    route: 'POST /connected-systems',
    scope: 'agents:write',
    effect: 'write',
    input: () => ({
      organizationId: p.organizationId(),
      name: z.string().describe('Display name.'),
      agentId: agentId(),
      appName: appName(),
      inputs: inputs(),
    }),
    query: ['organizationId'],
    result: 'connectedSystem',
    example: {
      organizationId: 11,
      name: 'Internal CRM',
      agentId: 'agent-1a2b',
      appName: 'http',
      inputs: { baseUrl: 'http://crm.local' },
    },
  }),

  // Make's client calls it connectedSystems.update.
  endpoint({
    source: 'make-client',
    name: 'connected-system_update',
    title: 'Update connected system',
    description: 'Rename, reconfigure or move a connected system.',
    route: 'PATCH /connected-systems/{connectedSystemId}',
    scope: 'agents:write',
    effect: 'write',
    input: () => ({
      connectedSystemId: connectedSystemId(),
      organizationId: p.organizationId(),
      name: z.string().optional().describe('New name.'),
      agentId: z.string().optional().describe('Move to this agent.'),
      appName: z.string().optional().describe('New app.'),
      inputs: z.record(z.unknown()).optional().describe('New inputs.'),
    }),
    query: ['organizationId'],
    result: 'connectedSystem',
    example: { connectedSystemId: 'csys-1a2b', organizationId: 11, name: 'Internal CRM (prod)' },
  }),

  // Make's client calls it connectedSystems.delete.
  endpoint({
    source: 'make-client',
    name: 'connected-system_delete',
    title: 'Delete connected system',
    description: 'Delete a connected system; modules using it lose that private app.',
    route: 'DELETE /connected-systems/{connectedSystemId}',
    scope: 'agents:write',
    effect: 'destructive',
    input: () => ({ connectedSystemId: connectedSystemId(), organizationId: p.organizationId() }),
    result: 'connectedSystem',
    example: { connectedSystemId: 'csys-1a2b', organizationId: 11 },
  }),
];
