// Part of `npm run build`: converts every declaration's input schema once, into dist/schema-cache.json.
import { writeFileSync } from 'node:fs';
import { allEndpoints, rawInputSchema } from '../src/registry.js';
import { declarationsFingerprint, schemaCacheFile } from '../src/schema-cache.js';
import { toolsets } from '../tools/index.js';

const schemas = Object.fromEntries(allEndpoints(toolsets).map((e) => [e.name, rawInputSchema(e)]));
writeFileSync(schemaCacheFile(), JSON.stringify({ fingerprint: declarationsFingerprint(), schemas }));
console.error(`schema cache: ${Object.keys(schemas).length} tools`);
