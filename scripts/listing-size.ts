// Bytes of tools/list per tool for some toolsets (all by default), heaviest first.
// Usage: node dist/scripts/listing-size.js [toolset…]
import type { Config } from '../src/config.js';
import { formatListing, listingRows, listTools } from '../src/tools-command.js';
import { toolsets } from '../tools/index.js';

const wanted = process.argv.slice(2);
const config: Config = {
  apiKey: 'listing',
  baseUrl: '',
  sandbox: false,
  toolsets: wanted.length ? wanted : 'all',
  tools: [],
  readOnly: false,
  maxWaitSeconds: 1,
  timeoutSeconds: 1,
  transport: { kind: 'stdio' },
  scenarioTools: [],
};
const rows = listingRows(await listTools(config, toolsets), toolsets).sort((a, b) => b.bytes - a.bytes);
console.log(formatListing(rows));
