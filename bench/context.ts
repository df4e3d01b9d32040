// bench/context: what tools/list costs a model's context — make-mcp's default listing, make-mcp with every
// toolset, and Make's own tool definitions (@makehq/sdk's MakeTools) served the same way by an MCP SDK server.
// Tokens are approximate (bytes / 4).   npm run bench:context
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { ListToolsRequestSchema, type Tool } from '@modelcontextprotocol/sdk/types.js';
import type { Config } from '../src/config/types.js';
import { listTools } from '../src/tools-command.js';
import { defaultTools, toolsets } from '../tools/index.js';
import { makesOwnTools } from './makes-own.js';

async function listMakesOwn(): Promise<Tool[]> {
  const server = new Server({ name: 'make-sdk-tools', version: '1' }, { capabilities: { tools: {} } });
  const definitions = makesOwnTools();
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: definitions }));
  const client = new Client({ name: 'bench-context', version: '1' });
  const [a, b] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(b), client.connect(a)]);
  const { tools } = await client.listTools();
  await client.close();
  return tools;
}

const base: Config = {
  apiKey: 'bench',
  baseUrl: '',
  sandbox: false,
  toolsets: 'default',
  tools: [],
  readOnly: false,
  maxWaitSeconds: 1,
  timeoutSeconds: 1,
  transport: { kind: 'stdio' },
  scenarioTools: [],
};
const rows: [string, Tool[]][] = [
  ['make-mcp, default listing', await listTools(base, toolsets, defaultTools)],
  ['make-mcp, MAKE_TOOLSETS=all', await listTools({ ...base, toolsets: 'all' }, toolsets, defaultTools)],
  ["Make's own (@makehq/sdk MakeTools)", await listMakesOwn()],
];
console.log('| listing | tools | bytes | ~tokens | bytes per tool |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, tools] of rows) {
  const bytes = Buffer.byteLength(JSON.stringify(tools));
  console.log(
    `| ${label} | ${tools.length} | ${bytes} | ${Math.round(bytes / 4)} | ${Math.round(bytes / tools.length)} |`,
  );
}
