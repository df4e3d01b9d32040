// The three catalogue tools: search, and the read and write callers, which run a found tool through the very same
// pipeline as a listed one. With them the default listing stays small while the whole API stays one search away.
import { z } from 'zod';
import type { CallToolResult, Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import { parseArguments } from '../pipeline/arguments.js';
import { callTool, type CallContext } from '../pipeline/call.js';
import { listedHints, listedInputSchema } from '../pipeline/listing.js';
import { errorResult } from '../pipeline/result.js';
import { READ_CALLER, SEARCH_TOOL, WRITE_CALLER } from './names.js';
import { MORE_BY_NAME, type Catalogue } from './search.js';

export interface CatalogueTool {
  name: string;
  title: string;
  description: string;
  schema: z.ZodObject<z.ZodRawShape, 'strict'>;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
  run(args: Record<string, unknown>, ctx: CallContext): Promise<CallToolResult>;
}

/** Validates a catalogue tool's arguments (naming the field, like every tool) before it runs. */
export function runCatalogueTool(tool: CatalogueTool, rawArgs: unknown, ctx: CallContext): Promise<CallToolResult> {
  const parsed = parseArguments(tool.schema, rawArgs, tool.name);
  if (!parsed.ok) return Promise.resolve(parsed.error);
  return tool.run(parsed.data, ctx);
}

export function listingOfCatalogueTool(tool: CatalogueTool): ListedTool {
  const { name, title, description } = tool;
  const inputSchema = listedInputSchema(tool.schema);
  return { name, title, description, inputSchema, annotations: listedHints(tool.annotations) };
}

/**
 * Bounds of the catalogue tools' free text, so that no caller can make the server search or compare in proportion to
 * what it sends: a tool name is never longer than the naming rule allows (endpoint.ts), and a task is a sentence.
 */
export const MAX_TOOL_NAME_LENGTH = 48;
export const MAX_QUERY_LENGTH = 300;
export const MAX_QUERY_WORDS = 40;

const callerInput = {
  tool: z.string().min(1).max(MAX_TOOL_NAME_LENGTH).describe(`Tool name, as found with ${SEARCH_TOOL}.`),
  arguments: z.record(z.unknown()).optional().describe('Its arguments, per its input schema.'),
};

function text(result: string): CallToolResult {
  return { content: [{ type: 'text', text: result }] };
}

/**
 * The search tool and the callers for a catalogue; no write caller when nothing in it writes. `unavailable` says why
 * a name is not in the catalogue (no such tool, or one this configuration switched off) and what to do instead.
 */
export function catalogueTools(catalogue: Catalogue, unavailable: (name: string) => Promise<string>): CatalogueTool[] {
  const writes = catalogue.writes;
  const search: CatalogueTool = {
    name: SEARCH_TOOL,
    title: 'Search Make tools',
    description:
      `Find Make API tools for a task (${catalogue.size} in all): the best matches with input schemas. ` +
      (writes ? `Run reads with ${READ_CALLER}, changes with ${WRITE_CALLER}.` : `Run one with ${READ_CALLER}.`),
    schema: z
      .object({
        query: z
          .string()
          .min(1)
          .max(MAX_QUERY_LENGTH)
          .refine(
            (q) =>
              q.length > MAX_QUERY_LENGTH ||
              q.split(/\s+/, MAX_QUERY_WORDS + 2).filter(Boolean).length <= MAX_QUERY_WORDS,
            `at most ${MAX_QUERY_WORDS} words`,
          )
          .describe('The task in plain words, e.g. "pause a scenario".'),
        limit: z.number().int().min(1).max(10).optional().describe(`Default 3; ${MORE_BY_NAME} more follow by name.`),
      })
      .strict(),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run(args) {
      const found = await catalogue.answer(String(args.query), Number(args.limit ?? 3));
      if (!found.tools.length) return text(`No tool matches "${String(args.query)}". Try other words.`);
      return { content: [{ type: 'text', text: JSON.stringify(found) }], structuredContent: { ...found } };
    },
  };
  const readCaller: CatalogueTool = {
    name: READ_CALLER,
    title: 'Run a Make read tool',
    description: `Run a read-only Make tool found with ${SEARCH_TOOL}; refuses any that change data.`,
    schema: z.object(callerInput).strict(),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run(args, ctx) {
      const tool = await catalogue.get(String(args.tool));
      if (!tool) return errorResult(await unavailable(String(args.tool)));
      if (tool.endpoint.effect !== 'read') {
        return errorResult(
          `Refused: ${tool.endpoint.name} changes data, so ${READ_CALLER} does not run it. Use ${WRITE_CALLER}.`,
        );
      }
      return callTool(tool, args.arguments ?? {}, ctx);
    },
  };
  // Only changes: a caller that ran reads too would be one tool doing safe and unsafe things, and a read sent
  // through it could not be approved the way the read caller's are.
  const writeCaller: CatalogueTool = {
    name: WRITE_CALLER,
    title: 'Run a Make write tool',
    description:
      `Run a Make tool found with ${SEARCH_TOOL} that changes data. Destructive ones need confirm: true in arguments, ` +
      'after the user agreed.',
    schema: z.object(callerInput).strict(),
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
    async run(args, ctx) {
      const tool = await catalogue.get(String(args.tool));
      if (!tool) return errorResult(await unavailable(String(args.tool)));
      if (tool.endpoint.effect === 'read') {
        return errorResult(
          `Refused: ${tool.endpoint.name} only reads, and ${WRITE_CALLER} runs only tools that change data. Use ${READ_CALLER}.`,
        );
      }
      return callTool(tool, args.arguments ?? {}, ctx);
    },
  };
  return writes ? [search, readCaller, writeCaller] : [search, readCaller];
}
