// Part of `npm run build`: converts every declaration's input schema once and writes it, with every declaration's
// data, into dist/schema-cache.json: all a server needs to start and list without importing tools/.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Endpoint, EndpointData } from '../src/endpoint.js';
import { allEndpoints } from '../src/pipeline/select.js';
import { rawInputSchema } from '../src/pipeline/listing.js';
import {
  declarationsFile,
  declarationsIdentity,
  schemaCacheFile,
  STAMP_PREFIX,
  type BuildCacheFile,
} from '../src/declarations/build-cache.js';
import { about, defaultTools, toolsets } from '../tools/index.js';

const dataOf = ({ input: _input, example: _example, source: _source, ...data }: Endpoint): EndpointData => data;

// The compiled declarations are stamped with a hash of themselves, which the cache records: a starting server checks
// the stamp, not the whole file. Any rebuild rewrites the file without it (or, made here again, with another).
const compiled = readFileSync(declarationsFile(), 'utf8');
const unstamped = compiled.startsWith(STAMP_PREFIX) ? compiled.slice(compiled.indexOf('\n') + 1) : compiled;
const hash = createHash('sha1').update(unstamped).digest('hex');
writeFileSync(declarationsFile(), `${STAMP_PREFIX}${hash}\n${unstamped}`);

const file: BuildCacheFile = {
  declarationsIdentity: declarationsIdentity(),
  schemas: Object.fromEntries(allEndpoints(toolsets).map((e) => [e.name, rawInputSchema(e)])),
  declarations: {
    toolsets: Object.fromEntries(Object.entries(toolsets).map(([name, list]) => [name, list.map(dataOf)])),
    about,
    defaultTools,
  },
};
// ASCII only (the few other characters escaped): a starting server reads and parses it measurably faster.
const ascii = JSON.stringify(file).replace(
  /[\u007f-\uffff]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
);
writeFileSync(schemaCacheFile(), ascii);
console.error(`schema cache: ${Object.keys(file.schemas).length} tools, with their declarations' data`);
