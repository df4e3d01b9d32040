// Bytes of tools/list per toolset, as a client sees it. Usage: node dist/scripts/listing-size.js [toolset…]
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Config } from '../src/config.js';
import { MakeClient } from '../src/http/client.js';
import { buildServer } from '../src/server.js';
import { toolsets } from '../tools/index.js';

export async function listTools(selected: string[] | 'all'): Promise<{ name: string }[]> {
  const config: Config = {
    apiKey: 'listing', baseUrl: 'http://127.0.0.1:9/api/v2', sandbox: false, toolsets: selected, tools: [], readOnly: false,
    maxWaitSeconds: 1, timeoutSeconds: 1, transport: { kind: 'stdio' },
  };
  const client = new MakeClient({ baseUrl: config.baseUrl, apiKey: config.apiKey, readOnly: false });
  const { server } = buildServer(config, client, toolsets);
  const mcp = new Client({ name: 'listing-size', version: '1' });
  const [a, b] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(b), mcp.connect(a)]);
  const { tools } = await mcp.listTools();
  await mcp.close();
  await client.close();
  return tools;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.slice(2);
  const tools = await listTools(wanted.length ? wanted : 'all');
  const sizes = tools.map((t) => [t.name, Buffer.byteLength(JSON.stringify(t))] as const).sort((x, y) => y[1] - x[1]);
  for (const [name, bytes] of sizes) console.log(`${String(bytes).padStart(6)}  ${name}`);
  const total = sizes.reduce((sum, [, b]) => sum + b, 0);
  console.log(`${tools.length} tools, ${total} bytes, ${Math.round(total / Math.max(1, tools.length))} bytes per tool`);
}
