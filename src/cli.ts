#!/usr/bin/env node
// Entry point: flags and environment → configuration → (sandbox simulator) → MCP server on stdio or HTTP.
// stdout carries only JSON-RPC; every human-readable line goes to stderr.
import { ConfigError, type Config, type OAuthSettings } from './config/types.js';
import { loadConfig } from './config/load.js';
import { usage } from './config/settings.js';
import { startingDeclarations } from './declarations/load.js';
import type { Declarations } from './endpoint.js';
import { allEndpoints } from './pipeline/select.js';
import { startMakeServer } from './host/start.js';
import type { Simulator } from './simulator/index.js';
import { VERSION } from './version.js';
import type { SimOAuth } from './simulator/oauth.js';
// imported with the rest, not on demand: a small module, and one more module loaded on its own would delay stdio's
// start by a round of file reads
import { BoundedStdioTransport } from './transports/stdio.js';

const log = (line: string) => process.stderr.write(`make-mcp: ${line}\n`);

function configFrom(argv: readonly string[], { toolsets }: Declarations): Config {
  try {
    return loadConfig(argv, process.env, {
      toolsets: Object.keys(toolsets),
      tools: allEndpoints(toolsets).map((e) => e.name),
    });
  } catch (err) {
    if (err instanceof ConfigError) {
      log(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/** `make-mcp tools [--json]`: what this configuration would list, and what it costs, without connecting to Make. */
async function printTools(argv: readonly string[], declarations: Declarations): Promise<void> {
  const { toolsets, defaultTools } = declarations;
  const json = argv.includes('--json');
  // read like sandbox mode: the listing needs neither a key nor a zone
  const config = configFrom([...argv.filter((a) => a !== '--json' && a !== '--sandbox'), '--sandbox'], declarations);
  const { formatListing, listingRows, listTools } = await import('./tools-command.js'); // only for this subcommand
  const rows = listingRows(await listTools(config, toolsets, defaultTools), toolsets);
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  process.stdout.write(
    json ? `${JSON.stringify({ tools: rows, totalBytes: total }, null, 2)}\n` : `${formatListing(rows)}\n`,
  );
}

/**
 * For output meant for a terminal or a pipe: a reader that stops early (`make-mcp tools | head`) closes the pipe,
 * and the write then fails with EPIPE; that is the reader's choice, not an error worth a stack trace.
 */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

async function main(): Promise<void> {
  if (process.argv.includes('--version')) {
    quietOnClosedPipe();
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  if (process.argv.includes('--help')) {
    quietOnClosedPipe();
    process.stdout.write(`${usage()}\n`);
    return;
  }
  // from the build's data when it is current: the declarations themselves are imported on the first call of a tool
  const declarations = await startingDeclarations();
  if (process.argv[2] === 'tools') {
    quietOnClosedPipe();
    return printTools(process.argv.slice(3), declarations);
  }
  let config = configFrom(process.argv.slice(2), declarations);

  let simulator: Simulator | undefined;
  let simOAuth: SimOAuth | undefined;
  if (config.sandbox) {
    // loaded only here: the simulator and its route table are not needed to talk to Make
    const { ALL_SCOPES, SANDBOX_TOKEN, SEED_IDS, startSimulator } = await import('./simulator/index.js');
    // with OAuth on, the simulator also plays Make's authorization server
    if (config.oauth) simOAuth = (await import('./simulator/oauth.js')).simOAuth({ scopes: ALL_SCOPES });
    simulator = await startSimulator({ plugin: simOAuth });
    config = {
      ...config,
      apiKey: config.oauth ? '' : SANDBOX_TOKEN,
      baseUrl: `${simulator.url}/api/v2`,
      // each user of a hosted server has their own team and organization
      team: config.team ?? (config.oauth ? undefined : SEED_IDS.team),
      organization: config.organization ?? (config.oauth ? undefined : SEED_IDS.organization),
    };
    log(
      `sandbox mode: talking to the built-in Make simulator at ${simulator.url} — no account needed, nothing leaves this machine`,
    );
  }

  // with OAuth, every user gets their own Make client once signed in: nothing to ask Make at start
  const { host, client } = config.oauth
    ? { host: undefined, client: undefined }
    : await startMakeServer({ config, ...declarations, log });

  let stopTransport = async () => {};
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await stopTransport().catch(() => {});
    await client?.close().catch(() => {});
    await simulator?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());

  if (config.transport.kind === 'http') {
    const { startHttpServer } = await import('./transports/http.js'); // stdio never loads the HTTP stack
    const hosted = config as Config & { oauth: OAuthSettings };
    const oauth = config.oauth && oauthGate(hosted, declarations, simulator, simOAuth);
    const http = await startHttpServer({ host, transport: config.transport, log, oauth });
    stopTransport = () => http.close();
    const signIn = config.oauth ? ' (each user signs in with Make)' : '';
    const auth = config.transport.token ? ' (bearer token required)' : signIn;
    log(`listening on ${http.url}${auth}`);
  } else {
    const server = host!.newServer();
    stopTransport = () => server.close();
    server.onclose = () => void shutdown();
    process.stdin.on('end', () => void shutdown()); // the client went away
    await server.connect(new BoundedStdioTransport(process.stdin, process.stdout, log));
  }
}

/** The sign-in endpoints, once the port is known (in sandbox mode the public URL defaults to it). */
function oauthGate(
  config: Config & { oauth: OAuthSettings },
  { toolsets, defaultTools }: Declarations,
  simulator?: Simulator,
  sim?: SimOAuth,
) {
  return async (boundOrigin: string) => {
    const { startOAuthGate, CALLBACK_PATH } = await import('./oauth/hosted.js');
    const publicUrl = config.oauth.publicUrl ?? boundOrigin;
    sim?.addClient(config.oauth.clientId, config.oauth.clientSecret, `${publicUrl}${CALLBACK_PATH}`);
    const issuer = config.oauth.issuer ?? simulator!.url;
    const gate = await startOAuthGate({ config, toolsets, defaultTools, log, publicUrl, issuer });
    log(`sign-in with Make through ${issuer}; clients add ${publicUrl}/mcp`);
    return gate;
  };
}

main().catch((err: unknown) => {
  log(`failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
