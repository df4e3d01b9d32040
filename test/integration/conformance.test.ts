// The MCP maintainers' conformance suite (@modelcontextprotocol/conformance, which needs Node 22) run against the
// built server in sandbox mode over HTTP. Its Node is the one running the tests when that is 22 or later, else the
// one scripts/fetch-node-22.sh put in .cache/ (.ci/run does that on Linux x64); without either the test fails and
// says so, rather than passing having checked nothing.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpCli, type HttpCli } from '../helpers/http-cli.js';
import { signIn, startBearerProxy } from '../helpers/oauth.js';

const SCENARIOS = ['server-initialize', 'ping', 'tools-list', 'dns-rebinding-protection'];

const require = createRequire(import.meta.url);
const FETCHED_NODE = fileURLToPath(new URL('../../.cache/node-22/bin/node', import.meta.url));
const NODE_22 = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : FETCHED_NODE;
const CONFORMANCE = join(
  dirname(require.resolve('@modelcontextprotocol/conformance/package.json')),
  'dist',
  'index.js',
);

interface Check {
  id: string;
  status: string;
  errorMessage?: string;
}

let server: HttpCli;
let results: string;

beforeAll(async () => {
  server = await startHttpCli(['--host', '127.0.0.1', '--sandbox']);
  results = await mkdtemp(join(tmpdir(), 'make-mcp-conformance-'));
});

afterAll(async () => {
  await server?.stop();
  if (results) await rm(results, { recursive: true, force: true });
});

describe('the Node 22 the suite needs', () => {
  it('is there', () => {
    const missing =
      `The MCP conformance suite needs Node 22 or later; this is Node ${process.versions.node} and ${FETCHED_NODE} ` +
      'does not exist. Run scripts/fetch-node-22.sh (Linux x64), or run the tests on Node 22 or later.';
    expect(existsSync(NODE_22), missing).toBe(true);
  });
});

describe('MCP conformance suite', () => {
  // concurrently: each scenario is its own Node 22 process and its own MCP connections
  it.concurrent.each(SCENARIOS)('%s passes', (scenario) => passes(server.url, scenario, scenario));
});

describe('MCP conformance suite, hosted for a team (OAuth)', () => {
  // The suite's server scenarios send no token (its authorization scenarios test clients, not servers): a user signs
  // in through the SDK's auth() first, and a proxy adds that user's bearer token to every request of the suite.
  let hosted: HttpCli;
  let proxy: Awaited<ReturnType<typeof startBearerProxy>>;
  beforeAll(async () => {
    const oauth = { MAKE_OAUTH_CLIENT_ID: 'conformance', MAKE_OAUTH_CLIENT_SECRET: 'conformance-secret' };
    hosted = await startHttpCli(['--host', '127.0.0.1', '--sandbox'], oauth);
    const provider = await signIn(hosted.url, { user: 33 }, ['user:read', 'scenarios:read']);
    proxy = await startBearerProxy(hosted.url, provider.saved!.access_token);
  });
  afterAll(async () => {
    await proxy?.close();
    await hosted?.stop();
  });

  it.concurrent.each(SCENARIOS)('%s passes', (scenario) => passes(proxy.url, scenario, `oauth-${scenario}`));
});

/** Runs one scenario of the suite against `url`; every check it made must succeed. */
async function passes(url: string, scenario: string, name: string): Promise<void> {
  const out = join(results, name);
  const run = await promisify(execFile)(
    NODE_22,
    [CONFORMANCE, 'server', '--url', url, '--scenario', scenario, '--output-dir', out],
    {
      env: { PATH: process.env.PATH ?? '' },
    },
  ).catch((err: { code: number; stdout: string; stderr: string }) => ({ ...err, failed: true }));
  const summary = stripVTControlCharacters(run.stdout ?? '') // its colours
    .split('\n')
    .filter((line) => /SUCCESS|FAILURE|WARNING|Passed:/.test(line));
  console.log(`conformance ${scenario}:\n  ${summary.join('\n  ')}`);
  expect('failed' in run, `${run.stdout}${run.stderr}`).toBe(false);

  // every check the scenario made, from its results file (the exit code alone would also pass on zero checks)
  const [runDir] = await readdir(out);
  const checks = JSON.parse(await readFile(join(out, runDir, 'checks.json'), 'utf8')) as Check[];
  expect(checks.length).toBeGreaterThan(0);
  for (const check of checks) expect(check.status, `${check.id}: ${check.errorMessage ?? ''}`).toBe('SUCCESS');
}
