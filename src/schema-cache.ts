// Input schemas converted at build time. Building and converting the zod schemas of 255 tools is most of what a
// server listing them all spends at start; reading their JSON is not. `npm run build` writes the cache into dist/
// (scripts/build-schema-cache.ts); it is ignored when missing or when the compiled declarations changed since,
// so it can never be stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';

export type SchemaCache = ReadonlyMap<string, ListedTool['inputSchema']>;

const CACHE_FILE = new URL('../schema-cache.json', import.meta.url);

/** A hash of the compiled declarations and their shared fragments: what the cached schemas were made from. */
export function declarationsFingerprint(): string {
  const hash = createHash('sha1');
  const tools = new URL('../tools/', import.meta.url);
  for (const file of readdirSync(tools).filter((f) => f.endsWith('.js')).sort()) hash.update(readFileSync(new URL(file, tools)));
  hash.update(readFileSync(new URL('./params.js', import.meta.url)));
  return hash.digest('hex');
}

export function loadSchemaCache(): SchemaCache | undefined {
  try {
    const file = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { fingerprint: string; schemas: Record<string, ListedTool['inputSchema']> };
    return file.fingerprint === declarationsFingerprint() ? new Map(Object.entries(file.schemas)) : undefined;
  } catch {
    return undefined; // no build cache (running from sources): schemas are converted when listed
  }
}

export function schemaCacheFile(): URL {
  return CACHE_FILE;
}
