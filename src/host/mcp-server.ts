// One MCP server speaking for a host's tools: its tools/list and tools/call handlers, asking the human to confirm,
// and what checks their answer.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv-provider.js';
import type { JsonSchemaType, jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  type CallToolResult,
  type Tool as ListedTool,
} from '@modelcontextprotocol/sdk/types.js';
import type { Clock } from '../http/clock.js';
import type { CallContext } from '../pipeline/call.js';
import { Progress } from '../progress.js';
import { protocolSafe } from '../output.js';
import { VERSION } from '../version.js';

export const SERVER_INFO = { name: 'make-mcp', version: VERSION };

let ajv: AjvJsonSchemaValidator | undefined;
/**
 * What checks a user's answer to a confirmation against its schema. The SDK builds an Ajv instance for every server
 * it makes, which costs a noticeable part of start-up (and of each HTTP request's server); only a confirmation needs
 * it, so it is built then, once for the process.
 */
const answerValidator: jsonSchemaValidator = {
  getValidator: <T>(schema: JsonSchemaType) => (ajv ??= new AjvJsonSchemaValidator()).getValidator<T>(schema),
};

/** What a call is given by the connection it came on; the host adds the client, the secrets and the rest. */
export type ConnectionContext = Omit<CallContext, 'client' | 'readOnly' | 'secret'>;

/** The tools one MCP server speaks for (a ToolHost's, for one user when hosted for a team). */
export interface ServedTools {
  instructions: string;
  /** The listing can change while connected (the scenario tools): clients are told when it does. */
  listChanged: boolean;
  clock: Clock;
  list(): Promise<ListedTool[]>;
  call(name: string, args: unknown, ctx: ConnectionContext): Promise<CallToolResult>;
}

/**
 * A new MCP server for these tools. Our own handlers instead of the SDK's registerTool: schemas converted once
 * rather than on every listing, a leaner listing, and one validation (the pipeline's) with its field-naming messages.
 * The SDK's protocol-level Server, not its McpServer: nothing of McpServer's registries is used, and not loading its
 * module (with those it alone imports) spares a start a few milliseconds.
 */
export function newMcpServer(tools: ServedTools): Server {
  const server = new Server(SERVER_INFO, {
    instructions: tools.instructions,
    jsonSchemaValidator: answerValidator,
  });
  server.registerCapabilities({ tools: tools.listChanged ? { listChanged: true } : {} });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: await tools.list() }));
  server.setRequestHandler(CallToolRequestSchema, (request, context) =>
    tools
      .call(request.params.name, request.params.arguments ?? {}, {
        signal: context.signal,
        progress: Progress.of(context, tools.clock),
        askHuman: server.getClientCapabilities()?.elicitation ? (message) => askHuman(server, message) : undefined,
      })
      .then(protocolSafe),
  );
  return server;
}

async function askHuman(server: Server, message: string): Promise<boolean> {
  const answer = await server.elicitInput({
    message,
    requestedSchema: {
      type: 'object',
      properties: { confirm: { type: 'boolean', title: 'Go ahead', description: 'Check to allow this change.' } },
      required: ['confirm'],
    },
  });
  return answer.action === 'accept' && answer.content?.confirm === true;
}
