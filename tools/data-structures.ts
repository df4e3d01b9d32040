import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Field definitions (names and types) that shape data store records and module inputs.',
  searchWords: 'schema structure fields columns format',
};

const dataStructureId = () => p.id('data structure', 'data-structures_list');
const name = () => z.string().min(1).max(128).describe('Name.');
const strict = () => z.boolean().describe('true: reject data that does not fit.');
const spec = () =>
  z
    .array(z.record(z.unknown()))
    .describe('Fields: {name, type: text|number|boolean|date|buffer|collection|array, label?, required?}.');
const { limit, offset } = p.pagination(['name']);

export default [
  endpoint({
    name: 'data-structures_list',
    title: 'List data structures',
    description: 'List a team\'s data structures; add "spec" to cols to see their fields.',
    route: 'GET /data-structures',
    scope: 'udts:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), cols: p.cols(['id', 'name', 'teamId', 'spec', 'strict']), limit, offset }),
    result: 'dataStructures',
    example: { teamId: 22, cols: ['id', 'name'], limit: 50 },
  }),

  endpoint({
    name: 'data-structures_get',
    title: 'Get data structure',
    description: 'Get a data structure: its fields (spec) and strict setting.',
    route: 'GET /data-structures/{dataStructureId}',
    scope: 'udts:read',
    effect: 'read',
    input: () => ({ dataStructureId: dataStructureId() }),
    result: 'dataStructure',
    example: { dataStructureId: 801 },
  }),

  endpoint({
    name: 'data-structures_create',
    title: 'Create data structure',
    description: 'Create a data structure in a team, e.g. for data-stores_create.',
    route: 'POST /data-structures',
    scope: 'udts:write',
    effect: 'write',
    input: () => ({ teamId: p.teamId(), name: name(), strict: strict(), spec: spec() }),
    result: 'dataStructure',
    example: { teamId: 22, name: 'Customer', strict: false, spec: [{ name: 'email', type: 'text', required: true }] },
  }),

  endpoint({
    name: 'data-structures_update',
    title: 'Update data structure',
    description:
      "Change a data structure's name, strict or spec. A spec replaces all old fields: include those to keep.",
    route: 'PATCH /data-structures/{dataStructureId}',
    scope: 'udts:write',
    effect: 'destructive',
    input: () => ({
      dataStructureId: dataStructureId(),
      name: name().optional(),
      strict: strict().optional(),
      spec: spec().optional(),
    }),
    result: 'dataStructure',
    example: {
      dataStructureId: 801,
      spec: [
        { name: 'email', type: 'text' },
        { name: 'plan', type: 'text' },
      ],
    },
  }),

  endpoint({
    name: 'data-structures_clone',
    title: 'Clone data structure',
    description: 'Copy a data structure under a new name, into the same or another team.',
    route: 'POST /data-structures/{dataStructureId}/clone',
    scope: 'udts:write',
    effect: 'write',
    input: () => ({
      dataStructureId: dataStructureId(),
      name: z.string().min(1).max(128).describe('Name of the copy.'),
      targetTeamId: p.id('target team', 'teams_list').optional(),
    }),
    result: 'dataStructure',
    example: { dataStructureId: 801, name: 'Customer (copy)', targetTeamId: 22 },
  }),

  endpoint({
    name: 'data-structures_delete',
    title: 'Delete data structure',
    description: 'Delete a data structure; scenarios and data stores using it may break.',
    route: 'DELETE /data-structures/{dataStructureId}',
    scope: 'udts:write',
    effect: 'destructive',
    input: () => ({ dataStructureId: dataStructureId(), confirmed: p.makeConfirmed('scenarios use it') }),
    makeConfirmFlag: 'confirmed',
    result: 'dataStructure',
    example: { dataStructureId: 801 },
  }),
];
