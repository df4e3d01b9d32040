// What a configuration lists, as a client receives it from tools/list, with the bytes each definition costs.
// Behind `make-mcp tools`, so a user can budget context before connecting; needs no account and no network.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import type { Config } from './config/types.js';
import type { Toolsets } from './endpoint.js';
import { MakeClient } from './http/client.js';
import { buildServer } from './host/tool-host.js';

export interface ListingRow {
  toolset: string;
  name: string;
  scope: string | null;
  effect: string;
  bytes: number;
}

export async function listTools(
  config: Config,
  toolsets: Toolsets,
  defaultTools: readonly string[] = [],
): Promise<ListedTool[]> {
  // never used to send: the listing only needs the configuration and the granted scopes
  const client = new MakeClient({ baseUrl: 'http://127.0.0.1:9/api/v2', apiKey: 'listing', readOnly: config.readOnly });
  client.scopes = config.scopes ? new Set(config.scopes) : null;
  // scenario tools come from the Make account, which this listing never reads
  const { server } = buildServer({ config: { ...config, scenarioTools: [] }, client, toolsets, defaultTools });
  const mcp = new Client({ name: 'make-mcp-listing', version: '1' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), mcp.connect(clientSide)]);
  const { tools } = await mcp.listTools();
  await mcp.close();
  await client.close();
  return tools;
}

export function listingRows(tools: readonly ListedTool[], toolsets: Toolsets): ListingRow[] {
  const endpoints = new Map(
    Object.entries(toolsets).flatMap(([toolset, list]) => list.map((e) => [e.name, { toolset, e }] as const)),
  );
  return tools.map((t) => {
    const found = endpoints.get(t.name);
    return {
      toolset: found?.toolset ?? 'catalogue',
      name: t.name,
      scope: found ? found.e.scope : null,
      effect: found ? found.e.effect : t.annotations?.readOnlyHint ? 'read' : 'write',
      bytes: Buffer.byteLength(JSON.stringify(t)),
    };
  });
}

export function formatListing(rows: readonly ListingRow[]): string {
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  const widths = [
    Math.max(7, ...rows.map((r) => r.toolset.length)),
    Math.max(4, ...rows.map((r) => r.name.length)),
    24,
    11,
  ];
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < widths.length ? c.padEnd(widths[i]) : c))
      .join('  ')
      .trimEnd();
  return [
    line(['toolset', 'tool', 'scope', 'effect', 'bytes']),
    ...rows.map((r) => line([r.toolset, r.name, r.scope ?? '-', r.effect, String(r.bytes)])),
    '',
    `${rows.length} tools, ${total} bytes of tools/list (about ${Math.round(total / 4)} tokens), ${Math.round(total / Math.max(1, rows.length))} bytes per tool`,
  ].join('\n');
}
