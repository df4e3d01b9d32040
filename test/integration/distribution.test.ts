// What users install: the npm package and the Claude Desktop bundle, each made from a copy of the project as a
// fresh clone has it (no dist/), installed with runtime dependencies only, and started the way users start it.
// npm runs offline throughout: dependencies come from the cache `npm ci` filled, never from the network.
import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getMcpConfigForManifest, unpackExtension } from '@anthropic-ai/mcpb';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_TOKEN, SEED_IDS, startSimulator, type Simulator } from '../../src/simulator/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  mcpName: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const NPM_ENV = {
  ...process.env,
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
const SLOW = 240_000; // a build and npm installs, on a busy CI machine

let work: string;
let clone: string;
let tarball: string;
let packedFiles: string[];

const exec = (file: string, args: string[], cwd: string) =>
  promisify(execFile)(file, args, { cwd, env: NPM_ENV, maxBuffer: 64 * 1024 * 1024 });

/** An MCP client over stdio for `command args`, with only PATH and `env` in the server's environment. */
async function connect(command: string, args: string[], env: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'distribution-test', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command, args, env: { PATH: process.env.PATH ?? '', ...env }, stderr: 'pipe' }),
  );
  return client;
}

/** The files git knows (committed, or new and not ignored); without git, the tree less what a build or install adds. */
function projectFiles(): string[] {
  try {
    const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return listed.split('\0').filter((f) => f && existsSync(join(ROOT, f)));
  } catch {
    const generated = new Set(['.git', 'node_modules', 'dist', '.cache', '.stryker-tmp', 'reports']);
    return readdirSync(ROOT, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
      .filter((path) => !generated.has(path.split(sep)[0]) && !/\.(mcpb|tgz)$/.test(path));
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'make-mcp-dist-'));
  // the project as a clone has it, dependencies already installed
  clone = join(work, 'clone');
  for (const file of projectFiles()) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(ROOT, file), join(clone, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'junction');
  expect(existsSync(join(clone, 'dist'))).toBe(false);

  // prepack builds: nothing is built yet
  const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', work], clone);
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed.filename);
  packedFiles = packed.files.map((f) => f.path);
}, SLOW);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds only what runs: the server, the declarations bundle, the schema cache, README, LICENSE', () => {
    const runs = (path: string) =>
      /^dist\/(src|tools)\/.+\.(js|json)$/.test(path) ||
      ['dist/schema-cache.json', 'package.json', 'README.md', 'LICENSE'].includes(path);
    expect(packedFiles.filter((path) => !runs(path))).toEqual([]);
    for (const path of [
      'dist/src/cli.js',
      'dist/src/simulator/routes.json',
      'dist/tools/index.js',
      'dist/schema-cache.json',
      'LICENSE',
    ]) {
      expect(packedFiles).toContain(path);
    }
  });

  it('runs no script when installed', () => {
    const { scripts = {} } = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(scripts, hook).not.toHaveProperty(hook);
  });

  it(
    'installed alone into an empty folder with its runtime dependencies, runs: --version, tools, --sandbox',
    async () => {
      const app = join(work, 'app');
      mkdirSync(app);
      cpSync(tarball, join(app, 'make-mcp.tgz'));
      writeFileSync(
        join(app, 'package.json'),
        JSON.stringify({ name: 'app', private: true, dependencies: { 'make-mcp': 'file:make-mcp.tgz' } }),
      );
      writeFileSync(join(app, 'package-lock.json'), JSON.stringify(lockfileFor('file:make-mcp.tgz')));
      await exec('npm', ['ci'], app);

      // runtime dependencies only
      expect(existsSync(join(app, 'node_modules', '@modelcontextprotocol', 'sdk'))).toBe(true);
      for (const dev of Object.keys(PACKAGE.devDependencies))
        expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);

      expect((await exec('npx', ['make-mcp', '--version'], app)).stdout).toBe(`${PACKAGE.version}\n`);
      expect((await exec('npx', ['make-mcp', 'tools'], app)).stdout).toMatch(/scenarios_list/);

      const client = await connect(join(app, 'node_modules', '.bin', 'make-mcp'), ['--sandbox']);
      try {
        const { tools } = await client.listTools();
        expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['scenarios_list', 'make_search_tools']));
        const result = await client.callTool({ name: 'scenarios_list', arguments: {} });
        expect(result.isError ?? false, JSON.stringify(result)).toBe(false);
      } finally {
        await client.close();
      }
    },
    SLOW,
  );
});

/**
 * A lockfile for a project that depends on the tarball alone: the tarball, then the runtime part of ours, path for
 * path. `npm ci --offline` can install it from the cache (`npm install` would first ask the registry for each
 * package's versions, which the cache of an `npm ci` does not hold).
 */
function lockfileFor(resolved: string) {
  const ours = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; [key: string]: unknown }>;
  };
  const runtime = Object.entries(ours.packages).filter(
    ([path, entry]) => path.startsWith('node_modules/') && !entry.dev,
  );
  const { bin, engines, license } = ours.packages[''] as Record<string, unknown>;
  return {
    name: 'app',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'app', dependencies: { 'make-mcp': resolved } },
      'node_modules/make-mcp': {
        version: PACKAGE.version,
        resolved,
        license,
        dependencies: PACKAGE.dependencies,
        bin,
        engines,
      },
      ...Object.fromEntries(runtime),
    },
  };
}

describe('the Claude Desktop bundle (npm run bundle)', () => {
  let simulator: Simulator;
  let unpacked: string;
  let manifest: Record<string, unknown> & { user_config: Record<string, { required?: boolean; sensitive?: boolean }> };

  beforeAll(async () => {
    simulator = await startSimulator();
    const bundle = join(work, 'make-mcp.mcpb');
    await exec(process.execPath, ['scripts/bundle.mjs', '--out', bundle], clone); // validates and packs with mcpb
    unpacked = join(work, 'installed-extension');
    expect(await unpackExtension({ mcpbPath: bundle, outputDir: unpacked, silent: true })).toBe(true);
    manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8'));
  }, SLOW);

  afterAll(async () => {
    await simulator?.close();
  });

  it('carries the server and its runtime dependencies, no development ones', () => {
    expect(existsSync(join(unpacked, 'dist', 'src', 'cli.js'))).toBe(true);
    expect(existsSync(join(unpacked, 'LICENSE'))).toBe(true);
    for (const dep of Object.keys(PACKAGE.dependencies))
      expect(existsSync(join(unpacked, 'node_modules', dep)), dep).toBe(true);
    for (const dev of Object.keys(PACKAGE.devDependencies))
      expect(existsSync(join(unpacked, 'node_modules', dev)), dev).toBe(false);
    expect(existsSync(join(unpacked, 'dist', 'test'))).toBe(false);
  });

  it('keeps the token in the keychain (sensitive) and requires only the token', () => {
    expect(manifest.version).toBe(PACKAGE.version);
    expect(manifest.user_config.api_key.sensitive).toBe(true);
    const required = Object.entries(manifest.user_config)
      .filter(([, option]) => option.required)
      .map(([key]) => key);
    // the zone has a default; a required setting with a default would still count as missing until the user edits it
    expect(required).toEqual(['api_key']);
  });

  it(
    "starts as the manifest says, with the user's settings substituted, lists tools and calls one",
    async () => {
      // the substitution the desktop app makes, by the mcpb library's own function
      const config = await getMcpConfigForManifest({
        manifest: manifest as never,
        extensionPath: unpacked,
        systemDirs: { HOME: work, DESKTOP: work, DOCUMENTS: work, DOWNLOADS: work },
        userConfig: { api_key: SANDBOX_TOKEN, api_url: simulator.url, team_id: String(SEED_IDS.team), read_only: true },
        pathSeparator: sep,
      });
      if (!config) throw new Error('the manifest gave no server configuration for these settings');
      expect(JSON.stringify(config)).not.toContain('${'); // every optional setting left empty still has a value
      expect(config.env).toMatchObject({
        MAKE_API_KEY: SANDBOX_TOKEN,
        MAKE_TEAM: String(SEED_IDS.team),
        MAKE_READ_ONLY: 'true',
      });

      const client = await connect(config.command, config.args ?? [], config.env ?? {});
      try {
        const names = (await client.listTools()).tools.map((t) => t.name);
        expect(names).toContain('scenarios_list');
        expect(names).not.toContain('scenarios_activate'); // read_only reached the server
        // no teamId: the team setting reached the server as its default
        const result = await client.callTool({ name: 'scenarios_list', arguments: {} });
        expect(result.isError ?? false, JSON.stringify(result)).toBe(false);
        expect(JSON.stringify(result.structuredContent ?? result.content)).toContain(`"id":${SEED_IDS.scenario}`);
      } finally {
        await client.close();
      }
    },
    SLOW,
  );
});

describe('server.json, for the MCP registry', () => {
  const server = JSON.parse(readFileSync(join(ROOT, 'server.json'), 'utf8')) as {
    name: string;
    version: string;
    description: string;
    packages: {
      registryType: string;
      identifier: string;
      version: string;
      fileSha256?: string;
      environmentVariables?: { name: string }[];
    }[];
  };

  it("names the npm package and the bundle of this version, under package.json's mcpName", () => {
    expect(server.name).toBe(PACKAGE.mcpName);
    expect(server.description.length).toBeLessThanOrEqual(100); // the registry's limit
    expect(server.version).toBe(PACKAGE.version);
    const npm = server.packages.find((p) => p.registryType === 'npm');
    expect(npm).toMatchObject({ identifier: 'make-mcp', version: PACKAGE.version });
    const mcpb = server.packages.find((p) => p.registryType === 'mcpb');
    expect(mcpb?.identifier).toMatch(new RegExp(`/releases/download/v${PACKAGE.version}/make-mcp\\.mcpb$`));
    expect(mcpb?.fileSha256).toMatch(/^[a-f0-9]{64}$/);
  });

  it('passes the same settings as the bundle does', () => {
    const bundleManifest = JSON.parse(readFileSync(join(ROOT, 'mcpb', 'manifest.json'), 'utf8')) as {
      server: { mcp_config: { env: Record<string, string> } };
    };
    const bundled = Object.keys(bundleManifest.server.mcp_config.env).filter((name) => name !== 'MAKE_API_URL');
    const npm = server.packages.find((p) => p.registryType === 'npm');
    expect(npm?.environmentVariables?.map((v) => v.name).sort()).toEqual(bundled.sort());
  });
});
