// For bench/startup: Make's own tool definitions served on stdio the way bench/empty-server.ts serves none.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { makesOwnTools } from './makes-own.js';

const tools = makesOwnTools();
const server = new McpServer({ name: 'make-sdk-tools', version: '0.0.0' });
server.server.registerCapabilities({ tools: {} });
server.server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
await server.connect(new StdioServerTransport());
process.stdin.on('end', () => process.exit(0));
