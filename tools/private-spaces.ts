import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Personal teams of organization members, each with its own operations limit.',
  searchWords: 'private space personal workspace sandbox draft own',
};

const { limit, offset } = p.pagination(['id']);
const cols = () => z.array(z.string()).min(1).optional().describe('Only these fields (smaller results).');
const privateSpaceId = () => p.id('private space', 'private-spaces_list');
const operationsLimit = () => z.number().int().min(0).optional().describe('Monthly operations cap.');

export default [
  // Parameter types assumed.
  endpoint({
    source: 'make-reference',
    name: 'private-spaces_list',
    title: 'List private spaces',
    description: "List an organization's private spaces (members' personal teams).",
    route: 'GET /private-spaces',
    scope: 'private-spaces:read',
    effect: 'read',
    input: () => ({
      organizationId: p.organizationId(),
      externalId: z.string().optional().describe('Only this external ID.'),
      cols: cols(),
      limit,
      offset,
    }),
    result: 'privateSpaces',
    example: { organizationId: 11, limit: 20 },
  }),

  // Parameter types assumed.
  endpoint({
    source: 'make-reference',
    name: 'private-spaces_create',
    title: 'Create private space',
    description: 'Create a private space (personal team) for an organization member.',
    route: 'POST /private-spaces',
    scope: 'private-spaces:write',
    effect: 'write',
    input: () => ({
      organizationId: p.organizationId(),
      userId: p.id('user', 'users_list'),
      operationsLimit: operationsLimit(),
    }),
    result: 'privateSpace',
    example: { organizationId: 11, userId: 33, operationsLimit: 1000 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'private-spaces_delete',
    title: 'Delete private space',
    description: 'Delete a private space; its scenarios, connections and data are lost.',
    route: 'DELETE /private-spaces/{privateSpaceId}',
    scope: 'private-spaces:write',
    effect: 'destructive',
    input: () => ({ privateSpaceId: privateSpaceId(), confirmed: p.makeConfirmed('the space holds scenarios') }),
    makeConfirmFlag: 'confirmed',
    result: 'privateSpaceId',
    example: { privateSpaceId: 27 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'private-spaces_get',
    title: 'Get private space',
    description: 'Get a private space: owner, operations limit, usage.',
    route: 'GET /private-spaces/{privateSpaceId}',
    scope: 'private-spaces:read',
    effect: 'read',
    input: () => ({ privateSpaceId: privateSpaceId(), cols: cols() }),
    result: 'privateSpace',
    example: { privateSpaceId: 27, cols: ['id', 'operationsLimit'] },
  }),

  // Parameter types assumed.
  endpoint({
    source: 'make-reference',
    name: 'private-spaces_update',
    title: 'Update private space',
    description: "Change a private space's operations limit; lowering it can stop scenarios.",
    route: 'PATCH /private-spaces/{privateSpaceId}',
    scope: 'private-spaces:write',
    effect: 'destructive',
    input: () => ({
      privateSpaceId: privateSpaceId(),
      operationsLimit: operationsLimit().nullable().describe('Monthly operations cap; null removes it.'),
      confirmed: p.makeConfirmed('scenarios may stop'),
    }),
    query: ['confirmed'],
    makeConfirmFlag: 'confirmed',
    result: 'privateSpace',
    example: { privateSpaceId: 27, operationsLimit: 5000 },
  }),
];
