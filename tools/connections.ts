// Connections: the credentials Make's modules use to reach other apps.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

// The fields Make documents for cols[]; listing and getting also offer connectedSystemId and organizationId.
const UPDATE_FIELDS = [
  'id', 'name', 'accountName', 'accountLabel', 'packageName', 'expire', 'metadata', 'teamId', 'theme',
  'upgradeable', 'scopesCnt', 'scoped', 'accountType', 'editable', 'uid',
] as const;
const CONNECTION_FIELDS = [...UPDATE_FIELDS, 'connectedSystemId', 'organizationId'] as const;

const connectionId = () => p.id('connection', 'connections_list');

export default [
  endpoint({
    name: 'connections_list',
    title: 'List connections',
    description:
      'List a team\'s connections (stored credentials for other apps) by name: their ids and which apps they reach.',
    route: 'GET /connections',
    scope: 'connections:read',
    effect: 'read',
    input: {
      teamId: p.teamId(),
      type: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .describe('Only these app types (accountName), e.g. "slack".'),
      cols: p.cols(CONNECTION_FIELDS),
    },
    result: 'connections',
    example: { teamId: 22, type: ['slack'], cols: ['id', 'name', 'accountName'] },
  }),

  endpoint({
    name: 'connections_get',
    title: 'Get connection',
    description: 'Get one connection: its app, type, expiry, whether it can be edited, and its granted scopes.',
    route: 'GET /connections/{connectionId}',
    scope: 'connections:read',
    effect: 'read',
    input: { connectionId: connectionId(), cols: p.cols([...CONNECTION_FIELDS, 'scopes']) },
    result: 'connection',
    example: { connectionId: 102 },
  }),

  endpoint({
    name: 'connections_create',
    title: 'Create connection',
    description:
      'Create a connection in a team. accountType names the app connection type (e.g. "slack"); many types ' +
      'also need credentials such as clientId/clientSecret or apiKey, passed in data. OAuth connections made ' +
      'this way may still need the user to authorize them in Make.',
    route: 'POST /connections',
    scope: 'connections:write',
    effect: 'write',
    input: {
      teamId: p.teamId(),
      accountName: z.string().min(1).max(128).describe('Display name of the new connection (need not be unique).'),
      accountType: z.string().min(1).describe('The app connection type, e.g. "slack" or "http".'),
      scopes: z.array(z.string()).optional().describe('Scopes to request for the connection; their format depends on the app.'),
      data: z
        .record(z.unknown())
        .optional()
        .describe('Type-specific fields sent alongside, e.g. { "apiKey": "…" } or { "clientId": "…", "clientSecret": "…" }.'),
    },
    query: ['teamId'],
    spread: 'data',
    result: 'connection',
    example: { teamId: 22, accountName: 'Reporting API', accountType: 'http', data: { apiKey: 'example-key' } },
  }),

  endpoint({
    name: 'connections_update',
    title: 'Rename connection',
    description: 'Rename a connection. To change its credentials use connections_set-data instead.',
    route: 'PATCH /connections/{connectionId}',
    scope: 'connections:write',
    effect: 'write',
    input: {
      connectionId: connectionId(),
      name: z.string().min(1).max(128).describe('The new display name.'),
      cols: p.cols(UPDATE_FIELDS),
    },
    query: ['cols'],
    result: 'connection',
    example: { connectionId: 102, name: 'Google (marketing)' },
  }),

  endpoint({
    name: 'connections_list-editable-parameters',
    title: 'List editable connection parameters',
    description:
      'List the data fields of a connection that connections_set-data can change. Call this first: set-data ' +
      'replaces all of them. Fails with "Cannot edit this connection." for connections that cannot be edited.',
    route: 'GET /connections/{connectionId}/editable-data-schema',
    scope: 'connections:read',
    effect: 'read',
    input: { connectionId: connectionId() },
    result: 'editableParameters',
    example: { connectionId: 103 },
  }),

  endpoint({
    name: 'connections_set-data',
    title: 'Replace connection data',
    description:
      'Replace the stored data (credentials, settings) of a connection. Call connections_list-editable-parameters ' +
      'first and send every field: any field left out is blanked. OAuth connections must then be reauthorized ' +
      'in Make. Not possible for connections that cannot be edited; create a new one instead.',
    route: 'POST /connections/{connectionId}/set-data',
    scope: 'connections:write',
    effect: 'destructive',
    input: {
      connectionId: connectionId(),
      data: z
        .record(z.unknown())
        .refine((d) => Object.keys(d).length > 0, 'must name at least one field')
        .describe('All editable fields with their new values, e.g. { "url": "…", "apiKey": "…" }.'),
    },
    spread: 'data',
    result: 'changed',
    example: { connectionId: 103, data: { url: 'https://api.example.com', apiKey: 'new-key' } },
  }),

  endpoint({
    name: 'connections_delete',
    title: 'Delete connection',
    description:
      'Delete a connection. Scenarios that use it stop working. If any scenario uses it, Make refuses unless ' +
      'confirmed is true: tell the user which scenarios depend on it before sending that.',
    route: 'DELETE /connections/{connectionId}',
    scope: 'connections:write',
    effect: 'destructive',
    input: {
      connectionId: connectionId(),
      confirmed: z
        .boolean()
        .optional()
        .describe('Make\'s own flag: delete even though scenarios use this connection. Send only after the user agreed.'),
    },
    makeConfirmFlag: 'confirmed',
    result: 'connection',
    example: { connectionId: 102 },
  }),

  endpoint({
    name: 'connections_verify',
    title: 'Verify connection',
    description:
      'Check with the connected app that a connection\'s credentials still work. Returns verified true or false.',
    route: 'POST /connections/{connectionId}/test',
    scope: 'connections:write',
    effect: 'write',
    openWorld: true,
    input: { connectionId: connectionId() },
    result: 'verified',
    example: { connectionId: 101 },
  }),

  endpoint({
    name: 'connections_check-scopes',
    title: 'Check connection scopes',
    description:
      'Check whether a connection has been granted all of the given scopes (ids as listed by connections_get ' +
      'with cols ["scopes"]). Returns scoped true or false.',
    route: 'POST /connections/{connectionId}/scoped',
    scope: 'connections:write',
    effect: 'write',
    input: {
      connectionId: connectionId(),
      scope: z.array(z.string().min(1)).min(1).describe('The scope ids to check.'),
    },
    result: 'connection',
    example: { connectionId: 102, scope: ['https://www.googleapis.com/auth/drive'] },
  }),
];
