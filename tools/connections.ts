import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "The credentials Make's modules use to reach other apps.",
  searchWords: 'credentials credential account auth oauth integration login token app connected',
};

// The fields Make documents for cols[]; listing and getting also offer connectedSystemId and organizationId.
const UPDATE_FIELDS = [
  'id',
  'name',
  'accountName',
  'accountLabel',
  'packageName',
  'expire',
  'metadata',
  'teamId',
  'theme',
  'upgradeable',
  'scopesCnt',
  'scoped',
  'accountType',
  'editable',
  'uid',
] as const;
const CONNECTION_FIELDS = [...UPDATE_FIELDS, 'connectedSystemId', 'organizationId'] as const;

const connectionId = () => p.id('connection', 'connections_list');

export default [
  endpoint({
    name: 'connections_list',
    title: 'List connections',
    description: "List a team's connections (stored credentials for other apps): ids, names, the apps they reach.",
    route: 'GET /connections',
    scope: 'connections:read',
    effect: 'read',
    input: () => ({
      teamId: p.teamId(),
      type: z.array(z.string().min(1)).min(1).optional().describe('Only these app types (accountName), e.g. "slack".'),
      // Newer than Make's 2024-12 document; Make's own client sends each type as its own list: google[]=….
      scopes: z
        .record(z.array(z.string().min(1)).min(1))
        .optional()
        .describe('Only connections that hold these scopes, by app type: {"google":[".../auth/drive"]}.'),
      cols: p.cols(CONNECTION_FIELDS),
    }),
    spread: 'scopes',
    result: 'connections',
    example: { teamId: 22, type: ['slack'], cols: ['id', 'name', 'accountName'] },
  }),

  endpoint({
    name: 'connections_get',
    title: 'Get connection',
    description: 'Get a connection: app, type, expiry, whether editable, granted scopes.',
    route: 'GET /connections/{connectionId}',
    scope: 'connections:read',
    effect: 'read',
    input: () => ({ connectionId: connectionId(), cols: p.cols([...CONNECTION_FIELDS, 'scopes']) }),
    result: 'connection',
    example: { connectionId: 102 },
  }),

  endpoint({
    name: 'connections_create',
    title: 'Create connection',
    description:
      'Create a connection in a team; many types need credentials in data. OAuth ones may still need the user to ' +
      'authorize them in Make.',
    route: 'POST /connections',
    scope: 'connections:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      accountName: z.string().min(1).max(128).describe('Display name.'),
      accountType: z.string().min(1).describe('App connection type, e.g. "slack", "http".'),
      scopes: z.array(z.string()).optional().describe('Scopes to request; format depends on the app.'),
      data: z
        .record(z.unknown())
        .optional()
        .describe('Type-specific fields, e.g. {"apiKey":"..."} or {"clientId":"...","clientSecret":"..."}.'),
    }),
    query: ['teamId'],
    spread: 'data',
    result: 'connection',
    example: { teamId: 22, accountName: 'Reporting API', accountType: 'http', data: { apiKey: 'example-key' } },
  }),

  endpoint({
    name: 'connections_update',
    title: 'Rename connection',
    description: 'Rename a connection. For credentials use connections_set-data.',
    route: 'PATCH /connections/{connectionId}',
    scope: 'connections:write',
    effect: 'write',
    input: () => ({
      connectionId: connectionId(),
      name: z.string().min(1).max(128).describe('New display name.'),
      cols: p.cols(UPDATE_FIELDS),
    }),
    query: ['cols'],
    result: 'connection',
    example: { connectionId: 102, name: 'Google (marketing)' },
  }),

  endpoint({
    name: 'connections_list-editable-parameters',
    title: 'List editable connection parameters',
    description:
      'List the fields connections_set-data can change; call it first, as set-data replaces them all. Fails ' +
      'for non-editable connections: create a new one.',
    route: 'GET /connections/{connectionId}/editable-data-schema',
    scope: 'connections:read',
    effect: 'read',
    input: () => ({ connectionId: connectionId() }),
    result: 'editableParameters',
    example: { connectionId: 103 },
  }),

  endpoint({
    name: 'connections_set-data',
    title: 'Replace connection data',
    description:
      "Replace a connection's data (credentials, settings): send every field from " +
      'connections_list-editable-parameters; any left out is blanked. OAuth ones must then be reauthorized in Make.',
    route: 'POST /connections/{connectionId}/set-data',
    scope: 'connections:write',
    effect: 'destructive',
    input: () => ({
      connectionId: connectionId(),
      data: z
        .record(z.unknown())
        .refine((d) => Object.keys(d).length > 0, 'must name at least one field')
        .describe('All editable fields, e.g. {"url":"...","apiKey":"..."}.'),
    }),
    spread: 'data',
    result: 'changed',
    example: { connectionId: 103, data: { url: 'https://api.example.com', apiKey: 'new-key' } },
  }),

  endpoint({
    name: 'connections_delete',
    title: 'Delete connection',
    description:
      'Delete a connection; scenarios using it stop working. If any do, Make requires confirmed: name them to the ' +
      'user first.',
    route: 'DELETE /connections/{connectionId}',
    scope: 'connections:write',
    effect: 'destructive',
    input: () => ({
      connectionId: connectionId(),
      confirmed: p.makeConfirmed('scenarios use it'),
    }),
    makeConfirmFlag: 'confirmed',
    result: 'connection',
    example: { connectionId: 102 },
  }),

  endpoint({
    name: 'connections_verify',
    title: 'Verify connection',
    description: "Check with the app that a connection's credentials still work (verified true or false).",
    route: 'POST /connections/{connectionId}/test',
    scope: 'connections:write',
    effect: 'read',
    openWorld: true,
    input: () => ({ connectionId: connectionId() }),
    result: 'verified',
    example: { connectionId: 101 },
  }),

  endpoint({
    name: 'connections_check-scopes',
    title: 'Check connection scopes',
    description:
      'Check whether a connection was granted all the given scopes (as connections_get lists with cols ["scopes"]).',
    route: 'POST /connections/{connectionId}/scoped',
    scope: 'connections:write',
    effect: 'read',
    input: () => ({
      connectionId: connectionId(),
      scope: z.array(z.string().min(1)).min(1).describe('Scope IDs.'),
    }),
    result: 'connection',
    example: { connectionId: 102, scope: ['https://www.googleapis.com/auth/drive'] },
  }),
];
