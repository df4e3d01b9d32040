import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Make's built-in tables that scenarios read and write, each shaped by a data structure.",
  searchWords: 'database table storage store',
};

const dataStoreId = () => p.id('data store', 'data-stores_list');
const name = () => z.string().min(1).max(128).describe('Name.');
const datastructureId = () => p.id('data structure', 'data-structures_list');
const maxSizeMB = () => z.number().int().min(1).describe('Size limit in MB.');
const { limit, offset } = p.pagination(['name']);

export default [
  endpoint({
    name: 'data-stores_list',
    title: 'List data stores',
    description: "List a team's data stores: record count, size, limit, data structure.",
    route: 'GET /data-stores',
    scope: 'datastores:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), limit, offset }),
    result: 'dataStores',
    example: { teamId: 22, limit: 50 },
  }),

  endpoint({
    name: 'data-stores_get',
    title: 'Get data store',
    description: 'Get a data store: name, team, data structure, record count, size, limit.',
    route: 'GET /data-stores/{dataStoreId}',
    scope: 'datastores:read',
    effect: 'read',
    input: () => ({ dataStoreId: dataStoreId() }),
    result: 'dataStore',
    example: { dataStoreId: 701 },
  }),

  endpoint({
    name: 'data-stores_create',
    title: 'Create data store',
    description: 'Create an empty data store whose records follow a data structure.',
    route: 'POST /data-stores',
    scope: 'datastores:write',
    effect: 'write',
    input: () => ({ teamId: p.teamId(), name: name(), datastructureId: datastructureId(), maxSizeMB: maxSizeMB() }),
    result: 'dataStore',
    example: { teamId: 22, name: 'Customers', datastructureId: 801, maxSizeMB: 10 },
  }),

  endpoint({
    name: 'data-stores_update',
    title: 'Update data store',
    description: "Change a data store's name, data structure or size limit; only given fields change.",
    route: 'PATCH /data-stores/{dataStoreId}',
    scope: 'datastores:write',
    effect: 'write',
    input: () => ({
      dataStoreId: dataStoreId(),
      teamId: p.teamId(),
      name: name().optional(),
      datastructureId: datastructureId().optional(),
      maxSizeMB: maxSizeMB().optional(),
    }),
    query: ['teamId'],
    result: 'dataStore',
    example: { dataStoreId: 701, teamId: 22, name: 'Customers (EU)', maxSizeMB: 20 },
  }),

  endpoint({
    name: 'data-stores_delete-many',
    title: 'Delete data stores',
    description: "Delete a team's data stores with all their records, by ids or all. Scenarios using them break.",
    route: 'DELETE /data-stores',
    scope: 'datastores:write',
    effect: 'destructive',
    input: () => ({
      teamId: p.teamId(),
      ids: z.array(z.number().int()).optional().describe('Data store IDs; not with all.'),
      all: z.boolean().optional().describe("true: all the team's stores."),
      exceptIds: z.array(z.number().int()).optional().describe('With all: IDs to keep.'),
      confirmed: p.makeConfirmed('scenarios use them'),
    }),
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    result: 'dataStores',
    example: { teamId: 22, ids: [701] },
  }),

  // The document has only the bulk DELETE.
  endpoint({
    source: 'make-client',
    name: 'data-stores_delete',
    title: 'Delete data store',
    description: 'Delete a data store and all its records. Scenarios using it break.',
    route: 'DELETE /data-stores/{dataStoreId}',
    scope: 'datastores:write',
    effect: 'destructive',
    input: () => ({ dataStoreId: dataStoreId(), confirmed: p.makeConfirmed('scenarios use it') }),
    makeConfirmFlag: 'confirmed',
    example: { dataStoreId: 701 },
  }),
];
