// Data store records: the keyed rows of a data store, their fields shaped by its data structure.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

const dataStoreId = () => p.id('data store', 'data-stores_list');
const recordKey = () => p.key('record key', 'data-store-records_list');
const { limit, offset } = p.pagination(['key']);

export default [
  endpoint({
    name: 'data-store-records_list',
    title: 'List data store records',
    description: 'List the records (key and data) of a data store, with its field spec and total count.',
    route: 'GET /data-stores/{dataStoreId}/data',
    scope: 'datastores:read',
    effect: 'read',
    input: { dataStoreId: dataStoreId(), limit, offset },
    example: { dataStoreId: 701, limit: 100 },
  }),

  endpoint({
    name: 'data-store-records_create',
    title: 'Create data store record',
    description: 'Add a record to a data store. Fails if the key is taken; use data-store-records_update to change one.',
    route: 'POST /data-stores/{dataStoreId}/data',
    scope: 'datastores:write',
    effect: 'write',
    input: {
      dataStoreId: dataStoreId(),
      key: z.string().min(1).optional().describe('Unique record key; Make generates one if omitted.'),
      data: z.record(z.unknown()).describe('Field values per the data structure, e.g. { "email": "a@b.com" }.'),
    },
    example: { dataStoreId: 701, key: 'rec-3', data: { email: 'grace@example.com', plan: 'pro' } },
  }),

  endpoint({
    name: 'data-store-records_replace',
    title: 'Replace data store record',
    description: 'Replace all data of a record (created if missing). Fields left out are lost; to change some, use data-store-records_update.',
    route: 'PUT /data-stores/{dataStoreId}/data/{dataStoreKeyRecord}',
    scope: 'datastores:write',
    effect: 'destructive',
    input: {
      dataStoreId: dataStoreId(),
      dataStoreKeyRecord: recordKey(),
      data: z.record(z.unknown()).describe('The complete new field values, e.g. { "email": "a@b.com", "plan": "pro" }.'),
    },
    spread: 'data',
    example: { dataStoreId: 701, dataStoreKeyRecord: 'rec-1', data: { email: 'ada@example.com', plan: 'team' } },
  }),

  endpoint({
    name: 'data-store-records_update',
    title: 'Update data store record',
    description: 'Change some fields of a record; fields not given keep their values.',
    route: 'PATCH /data-stores/{dataStoreId}/data/{dataStoreKeyRecord}',
    scope: 'datastores:write',
    effect: 'write',
    input: {
      dataStoreId: dataStoreId(),
      dataStoreKeyRecord: recordKey(),
      data: z.record(z.unknown()).describe('Fields to change with their new values, e.g. { "plan": "pro" }.'),
    },
    spread: 'data',
    example: { dataStoreId: 701, dataStoreKeyRecord: 'rec-1', data: { plan: 'team' } },
  }),

  endpoint({
    name: 'data-store-records_delete',
    title: 'Delete data store records',
    description: 'Delete records of a data store for good: by keys, or all (optionally except some keys).',
    route: 'DELETE /data-stores/{dataStoreId}/data',
    scope: 'datastores:write',
    effect: 'destructive',
    input: {
      dataStoreId: dataStoreId(),
      keys: z.array(z.string().min(1)).min(1).optional().describe('Keys of the records to delete; not with all.'),
      all: z.boolean().optional().describe('true: delete every record. Give keys or all.'),
      exceptKeys: z.array(z.string().min(1)).optional().describe('With all: keys of records to keep.'),
      confirmed: p.makeConfirmed('records are deleted for good (Make refuses without it)'),
    },
    body: ['keys', 'all', 'exceptKeys'],
    makeConfirmFlag: 'confirmed',
    result: 'keys',
    example: { dataStoreId: 701, keys: ['rec-2'] },
  }),
];
