// Make's own tool definitions (@makehq/sdk's MakeTools) as an MCP server lists them: the yardstick bench/context
// and bench/startup measure make-mcp against.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { MakeTools } from '@makehq/sdk/tools';

export function makesOwnTools(): Tool[] {
  return MakeTools.map(({ name, title, description, inputSchema, annotations }) => ({
    name,
    title,
    description,
    inputSchema,
    annotations,
  })) as Tool[];
}
