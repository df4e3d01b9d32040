import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "A team's own JavaScript functions, callable in scenario mappings (needs the plan feature).",
  searchWords: 'function custom code javascript formula',
};

// Make's document gives no enum for these cols[].
const cols = () => z.array(z.string()).min(1).optional().describe('Only these fields, e.g. id, name, description.');
const functionId = () => p.id('custom function', 'functions_list');
const code = () => z.string().min(1).describe('JavaScript source: function <name>(...) { ... }.');

export default [
  endpoint({
    name: 'functions_list',
    title: 'List custom functions',
    description: "List a team's custom functions with id, name, description and latest changes.",
    route: 'GET /functions',
    scope: 'functions:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), cols: cols() }),
    result: 'functions',
    example: { teamId: 22 },
  }),

  endpoint({
    name: 'functions_create',
    title: 'Create custom function',
    description:
      'Create a custom function in a team; Make validates the code (try functions_check first). The name may ' +
      'not be a JavaScript reserved word.',
    route: 'POST /functions',
    scope: 'functions:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      name: z.string().min(1).describe('Function name, as declared in the code.'),
      description: z.string().max(128).describe('What the function does.'),
      code: code().optional(),
    }),
    query: ['teamId'],
    result: 'function',
    example: {
      teamId: 22,
      name: 'toUpper',
      description: 'Upper-cases a text.',
      code: 'function toUpper(s) { return String(s).toUpperCase(); }',
    },
  }),

  endpoint({
    name: 'functions_check',
    title: 'Check custom function code',
    description: 'Validate custom function code without saving it; returns success or the error Make found.',
    route: 'POST /functions/eval',
    scope: 'functions:write',
    effect: 'read',
    openWorld: true,
    input: () => ({ teamId: p.teamId(), code: code() }),
    query: ['teamId'],
    example: { teamId: 22, code: 'function toUpper(s) { return String(s).toUpperCase(); }' },
  }),

  endpoint({
    name: 'functions_get',
    title: 'Get custom function',
    description: 'Get a custom function: its code, the scenarios using it, recent changes.',
    route: 'GET /functions/{functionId}',
    scope: 'functions:read',
    effect: 'read',
    input: () => ({ functionId: functionId(), cols: cols() }),
    result: 'function',
    example: { functionId: 301 },
  }),

  endpoint({
    name: 'functions_update',
    title: 'Update custom function',
    description:
      "Replace a custom function's code or description (not its name). Scenarios using it run the new code at once.",
    route: 'PATCH /functions/{functionId}',
    scope: 'functions:write',
    effect: 'destructive',
    input: () => ({
      functionId: functionId(),
      // Make's own client sends it; the 2024-12 document says a function cannot be renamed.
      name: z.string().min(1).optional().describe("The function's current name, as in its code (it cannot change)."),
      description: z.string().max(128).optional().describe('New description.'),
      code: code().optional(),
    }),
    result: 'function',
    example: { functionId: 301, description: 'Upper-cases a text, trimmed.' },
  }),

  endpoint({
    name: 'functions_delete',
    title: 'Delete custom function',
    description:
      'Delete a custom function. If scenarios use it, Make lists them and requires confirmed; they then fail ' +
      'where they call it.',
    route: 'DELETE /functions/{functionId}',
    scope: 'functions:write',
    effect: 'destructive',
    input: () => ({ functionId: functionId(), confirmed: p.makeConfirmed('scenarios use it') }),
    makeConfirmFlag: 'confirmed',
    result: 'success',
    example: { functionId: 301, confirmed: true },
  }),

  endpoint({
    name: 'functions_get-history',
    title: 'Get custom function history',
    description: "List a custom function's code changes: who, when, and the code.",
    route: 'GET /functions/{functionId}/history',
    scope: 'functions:read',
    effect: 'read',
    input: () => ({ functionId: functionId(), teamId: p.teamId() }),
    result: 'functionHistory',
    example: { functionId: 301, teamId: 22 },
  }),
];
