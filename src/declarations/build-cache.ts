// What the build knows of the declarations, so a starting server need not import them. Building and converting the
// zod schemas of 444 tools, and even importing their module, is most of what a server listing them spends at start;
// reading JSON is not. `npm run build` writes every tool's input JSON Schema and every declaration's data (all but
// its input) into dist/schema-cache.json (scripts/build-schema-cache.ts); the file is ignored when missing or when
// the compiled declarations are not the ones it was made from.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import type { Declarations } from '../endpoint.js';

export type SchemaCache = ReadonlyMap<string, ListedTool['inputSchema']>;

export interface BuildCache {
  schemas: SchemaCache;
  declarations: Declarations;
}

/** The file as the build writes it. */
export interface BuildCacheFile {
  /** Which compiled declarations it was made from: declarationsIdentity() then. */
  declarationsIdentity: string;
  schemas: Record<string, ListedTool['inputSchema']>;
  declarations: Declarations;
}

const CACHE_FILE = new URL('../../schema-cache.json', import.meta.url);
const DECLARATIONS_FILE = new URL('../../tools/index.js', import.meta.url);

/** The first line of the declarations' bundle: a hash of the rest, written by the build (scripts/build-schema-cache.ts). */
export const STAMP_PREFIX = '// declarations ';
const STAMP_BYTES = STAMP_PREFIX.length + 40; // a SHA-1 in hex

/**
 * The compiled declarations' bundle as it is now: its stamp and its size. Read rather than hashed at start: hashing
 * 300 KB, and loading node:crypto to do it, cost a starting server ~6 ms. Every way of rebuilding the declarations
 * rewrites the stamp (tsc and the bundler write none, the build's cache script a new hash); a change of size catches
 * an edit.
 */
export function declarationsIdentity(): string {
  const fd = openSync(DECLARATIONS_FILE, 'r');
  try {
    const head = Buffer.alloc(STAMP_BYTES);
    const read = readSync(fd, head, 0, STAMP_BYTES, 0);
    return `${head.toString('latin1', 0, read)} ${fstatSync(fd).size}`;
  } finally {
    closeSync(fd);
  }
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
    // latin1: the build writes it in ASCII, which latin1 reads as UTF-8 does, without checking for multi-byte sequences
    const file = JSON.parse(readFileSync(CACHE_FILE, 'latin1')) as BuildCacheFile;
    if (file.declarationsIdentity !== declarationsIdentity() || !file.declarations) return undefined;
    return { schemas: new Map(Object.entries(file.schemas)), declarations: file.declarations };
  } catch {
    return undefined; // no build cache (running from sources): the declarations are imported and converted
  }
}

export function schemaCacheFile(): URL {
  return CACHE_FILE;
}

export function declarationsFile(): URL {
  return DECLARATIONS_FILE;
}
