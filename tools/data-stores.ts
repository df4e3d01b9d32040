// Data stores: Make's built-in tables that scenarios read and write, each shaped by a data structure.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

const STORE_FIELDS = ['id', 'name', 'teamId', 'records', 'size', 'maxSize', 'datastructureId'] as const;

const dataStoreId = () => p.id('data store', 'data-stores_list');
const name = () => z.string().min(1).max(128).describe('Name, up to 128 characters; need not be unique.');
const datastructureId = () => p.id('data structure', 'data-structures_list');
const maxSizeMB = () => z.number().int().min(1).describe('Maximum size in MB.');

export default [
  endpoint({
    name: 'data-stores_list',
    title: 'List data stores',
    description: 'List a team\'s data stores with their record count, size and data structure.',
    route: 'GET /data-stores',
    scope: 'datastores:read',
    effect: 'read',
    input: { teamId: p.teamId(), cols: p.cols(STORE_FIELDS), ...p.pagination(['name']) },
    result: 'dataStores',
    example: { teamId: 22, cols: ['id', 'name', 'records'], limit: 50 },
  }),

  endpoint({
    name: 'data-stores_get',
    title: 'Get data store',
    description: 'Get one data store: name, team, data structure, record count, size and size limit.',
    route: 'GET /data-stores/{dataStoreId}',
    scope: 'datastores:read',
    effect: 'read',
    input: { dataStoreId: dataStoreId(), cols: p.cols(STORE_FIELDS) },
    result: 'dataStore',
    example: { dataStoreId: 701, cols: ['id', 'name', 'size', 'maxSize'] },
  }),

  endpoint({
    name: 'data-stores_create',
    title: 'Create data store',
    description: 'Create an empty data store in a team; its records follow the given data structure.',
    route: 'POST /data-stores',
    scope: 'datastores:write',
    effect: 'write',
    input: { teamId: p.teamId(), name: name(), datastructureId: datastructureId(), maxSizeMB: maxSizeMB() },
    result: 'dataStore',
    example: { teamId: 22, name: 'Customers', datastructureId: 801, maxSizeMB: 10 },
  }),

  endpoint({
    name: 'data-stores_update',
    title: 'Update data store',
    description: 'Rename a data store, change its data structure or its size limit. Only given fields change.',
    route: 'PATCH /data-stores/{dataStoreId}',
    scope: 'datastores:write',
    effect: 'write',
    input: {
      dataStoreId: dataStoreId(),
      teamId: p.teamId(),
      name: name().optional(),
      datastructureId: datastructureId().optional(),
      maxSizeMB: maxSizeMB().optional(),
    },
    query: ['teamId'],
    result: 'dataStore',
    example: { dataStoreId: 701, teamId: 22, name: 'Customers (EU)', maxSizeMB: 20 },
  }),

  endpoint({
    name: 'data-stores_delete-many',
    title: 'Delete data stores',
    description:
      'Delete several data stores of a team with all their records: by ids, or all (optionally except some). ' +
      'Scenarios using them break.',
    route: 'DELETE /data-stores',
    scope: 'datastores:write',
    effect: 'destructive',
    input: {
      teamId: p.teamId(),
      ids: z.array(z.number().int().positive()).min(1).optional().describe('Data store IDs to delete; not with all.'),
      all: z.boolean().optional().describe('true: delete every data store of the team. Give ids or all.'),
      exceptIds: z.array(z.number().int().positive()).optional().describe('With all: IDs to keep.'),
      confirmed: p.makeConfirmed('scenarios use these data stores'),
    },
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    result: 'dataStores',
    example: { teamId: 22, ids: [701] },
  }),

  // Not in Make's OpenAPI document (2024-12): single delete by id is used by Make's SDK; the document has only the bulk DELETE.
  endpoint({
    name: 'data-stores_delete',
    title: 'Delete data store',
    description: 'Delete a data store and all its records for good. Scenarios using it break.',
    route: 'DELETE /data-stores/{dataStoreId}',
    scope: 'datastores:write',
    effect: 'destructive',
    input: { dataStoreId: dataStoreId(), confirmed: p.makeConfirmed('scenarios use this data store') },
    makeConfirmFlag: 'confirmed',
    example: { dataStoreId: 701 },
  }),
];
