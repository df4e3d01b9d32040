// A tool's arguments checked against its schema, with one message naming each field that is wrong.
import type { z } from 'zod';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { argumentProblem } from './input-bounds.js';
import { errorResult } from './result.js';

/** A tool's arguments by its schema and the bounds every input keeps (input-bounds.ts); an error result names the field. */
export function parseArguments(
  schema: z.ZodTypeAny,
  rawArgs: unknown,
  toolName: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; error: CallToolResult } {
  const parsed = schema.safeParse(rawArgs ?? {});
  const problem = parsed.success ? argumentProblem(parsed.data as Record<string, unknown>) : formatIssues(parsed.error);
  if (problem !== undefined)
    return { ok: false, error: errorResult(`Invalid arguments for ${toolName}, nothing was sent:\n${problem}`) };
  return { ok: true, data: parsed.data as Record<string, unknown> };
}

/** One line per problem, naming the field and what was expected. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : '(arguments)';
      if (issue.code === 'unrecognized_keys') {
        // a schema may name what it takes instead of zod's own words
        const known = issue.message.startsWith('Unrecognized key') ? '' : ` (${issue.message})`;
        return `${field}: unknown field(s) ${issue.keys.join(', ')}${known}`;
      }
      if (issue.code === 'invalid_type') {
        return issue.received === 'undefined'
          ? `${field}: required (${issue.expected})`
          : `${field}: expected ${issue.expected}, got ${issue.received}`;
      }
      return `${field}: ${issue.message}`;
    })
    .join('\n');
}
