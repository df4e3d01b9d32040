// What the build knows of the declarations, so a starting server need not import them. Building and converting the
// zod schemas of 444 tools, and even importing their module, is most of what a server listing them spends at start;
// reading JSON is not. `npm run build` writes every tool's input JSON Schema and every declaration's data (all but
// its input) into dist/schema-cache.json (scripts/build-schema-cache.ts); the file is ignored when missing or when
// the compiled declarations changed since, so it can never be stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import type { Declarations } from '../endpoint.js';

export type SchemaCache = ReadonlyMap<string, ListedTool['inputSchema']>;

export interface BuildCache {
  schemas: SchemaCache;
  declarations: Declarations;
}

/** The file as the build writes it. */
export interface BuildCacheFile {
  fingerprint: string;
  schemas: Record<string, ListedTool['inputSchema']>;
  declarations: Declarations;
}

const CACHE_FILE = new URL('../../schema-cache.json', import.meta.url);

/** A hash of the compiled declarations and their shared fragments: what the cache was made from. */
export function declarationsFingerprint(): string {
  const hash = createHash('sha1');
  const tools = new URL('../../tools/', import.meta.url);
  for (const file of readdirSync(tools)
    .filter((f) => f.endsWith('.js'))
    .sort())
    hash.update(readFileSync(new URL(file, tools)));
  hash.update(readFileSync(new URL('../params.js', import.meta.url)));
  return hash.digest('hex');
}

let loaded: { cache: BuildCache | undefined } | undefined;

/** Read and checked once per process: the declarations cannot change under a running server. */
export function loadBuildCache(): BuildCache | undefined {
  return (loaded ??= { cache: readBuildCache() }).cache;
}

export function loadSchemaCache(): SchemaCache | undefined {
  return loadBuildCache()?.schemas;
}

function readBuildCache(): BuildCache | undefined {
  try {
    const file = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as BuildCacheFile;
    if (file.fingerprint !== declarationsFingerprint() || !file.declarations) return undefined;
    return { schemas: new Map(Object.entries(file.schemas)), declarations: file.declarations };
  } catch {
    return undefined; // no build cache (running from sources): the declarations are imported and converted
  }
}

export function schemaCacheFile(): URL {
  return CACHE_FILE;
}
