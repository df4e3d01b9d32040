import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Comments pinned to a scenario's modules (or filters) in the scenario editor.",
  searchWords: 'note notes comment annotation',
};

const scenarioId = () => p.id('scenario', 'scenarios_list');
const noteId = () => p.id('note', 'scenario-notes_list');
// Make also takes organizationId here; the team is enough to find the scenario.
const where = () => ({ teamId: p.teamId() });
// Make also takes isFilterNote (a note on a route's filter); left out to keep the listing small.
const noteFields = () => ({
  moduleIds: z.array(z.number().int()).optional().describe('Modules it is pinned to.'),
  metadata: z.record(z.unknown()).optional().describe('e.g. {"color":"#9138FE"}.'),
});

export default [
  // Parameters from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'scenario-notes_list',
    title: 'List scenario notes',
    description: "List the notes on a scenario's modules.",
    route: 'GET /scenarios/{scenarioId}/notes',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId(), ...where() }),
    result: 'notes',
    example: { scenarioId: 501, teamId: 22 },
  }),

  // Body fields from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'scenario-notes_create',
    title: 'Create scenario note',
    description: 'Add a note to a scenario, pinned to modules.',
    route: 'POST /scenarios/{scenarioId}/notes',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      scenarioId: scenarioId(),
      content: z.string().describe('Text; HTML like <p>...</p> kept.'),
      ...noteFields(),
    }),
    result: 'note',
    example: { scenarioId: 501, content: '<p>Check the mapping here.</p>', moduleIds: [2] },
  }),

  // Parameters from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'scenario-notes_get',
    title: 'Get scenario note',
    description: 'Get a scenario note: text, modules, author.',
    route: 'GET /scenarios/{scenarioId}/notes/{noteId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId(), noteId: noteId(), ...where() }),
    result: 'note',
    example: { scenarioId: 501, noteId: 52, teamId: 22 },
  }),

  // Parameters from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'scenario-notes_update',
    title: 'Update scenario note',
    description: 'Edit a scenario note. Omitted fields stay.',
    route: 'PATCH /scenarios/{scenarioId}/notes/{noteId}',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      scenarioId: scenarioId(),
      noteId: noteId(),
      ...where(),
      content: z.string().optional().describe('New text (HTML).'),
      ...noteFields(),
    }),
    query: ['teamId'],
    result: 'note',
    example: { scenarioId: 501, noteId: 52, teamId: 22, content: '<p>Mapping fixed.</p>' },
  }),

  // Parameters from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'scenario-notes_delete',
    title: 'Delete scenario note',
    description: 'Delete a scenario note; its text is lost.',
    route: 'DELETE /scenarios/{scenarioId}/notes/{noteId}',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({ scenarioId: scenarioId(), noteId: noteId(), ...where() }),
    result: 'id',
    example: { scenarioId: 501, noteId: 52, teamId: 22 },
  }),
];
