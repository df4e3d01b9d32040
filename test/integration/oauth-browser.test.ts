// The pages a person sees while signing in, driven once in headless Chromium (Debian's package, launched through
// playwright-core; no browser is downloaded): the simulated Make's consent page, the callback's way back to the MCP
// client, and the callback's error page. Screenshots are kept in test-artifacts/ (ignored by git).
// .ci/run sets MAKE_MCP_BROWSER_REQUIRED=1: there a missing Chromium fails this test instead of skipping it.
import { auth } from '@modelcontextprotocol/sdk/client/auth.js';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpCli, type HttpCli } from '../helpers/http-cli.js';
import { MemoryClientProvider } from '../helpers/oauth.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
const REQUIRED = process.env.MAKE_MCP_BROWSER_REQUIRED === '1';
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

let server: HttpCli;
let browser: Browser;
let clientPage: Server;
let redirectUri: string;

beforeAll(async () => {
  if (!CHROMIUM && !REQUIRED) return;
  if (!CHROMIUM)
    throw new Error('Chromium is required (MAKE_MCP_BROWSER_REQUIRED=1) but not installed: apt-get install chromium');
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startHttpCli(['--sandbox'], {
    MAKE_OAUTH_CLIENT_ID: 'browser-client',
    MAKE_OAUTH_CLIENT_SECRET: 'browser-client-secret',
  });
  // the MCP client's own page the sign-in ends on (a desktop client would be listening here)
  clientPage = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://client').searchParams;
    const outcome = query.get('code')
      ? 'Signed in: the client received its code.'
      : `Not signed in: ${query.get('error')}`;
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><title>MCP client</title><h1 id="outcome">${outcome}</h1>`);
  });
  await new Promise<void>((resolve) => clientPage.listen(0, '127.0.0.1', resolve));
  redirectUri = `http://127.0.0.1:${(clientPage.address() as AddressInfo).port}/callback`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  clientPage?.close();
  await server?.stop();
});

describe.skipIf(!CHROMIUM && !REQUIRED)('the sign-in pages in a browser', () => {
  it('consent on the simulated Make, back through the callback to the client, which then gets its tokens', async () => {
    const provider = new MemoryClientProvider([redirectUri]);
    expect(await auth(provider, { serverUrl: server.url, scope: 'user:read connections:read' })).toBe('REDIRECT');
    const page = await browser.newPage();
    await page.goto(provider.authorizationUrl!.href);
    await expect(page.title()).resolves.toBe('Make — allow access');
    await page.check('input[name="user"][value="34"]'); // Colleague User
    await page.uncheck('input[name="granted"][value="connections:read"]');
    await page.screenshot({ path: `${ARTIFACTS}oauth-consent.png`, fullPage: true });
    await page.click('button[value="allow"]');
    await page.waitForURL((url) => url.href.startsWith(redirectUri));
    await expect(page.textContent('#outcome')).resolves.toBe('Signed in: the client received its code.');
    await page.screenshot({ path: `${ARTIFACTS}oauth-callback-success.png` });
    const code = new URL(page.url()).searchParams.get('code')!;
    expect(await auth(provider, { serverUrl: server.url, authorizationCode: code })).toBe('AUTHORIZED');
    expect(provider.saved?.scope).toBe('user:read'); // what was left ticked
    await page.close();
  });

  it('a denied consent ends on the client with access_denied; a stale callback shows our error page', async () => {
    const provider = new MemoryClientProvider([redirectUri]);
    await auth(provider, { serverUrl: server.url, scope: 'user:read' });
    const page = await browser.newPage();
    await page.goto(provider.authorizationUrl!.href);
    await page.click('button[value="deny"]');
    await page.waitForURL((url) => url.href.startsWith(redirectUri));
    await expect(page.textContent('#outcome')).resolves.toBe('Not signed in: access_denied');

    const answer = await page.goto(`${new URL(server.url).origin}/oauth/callback?state=used-or-made-up&code=x`);
    expect(answer?.status()).toBe(400);
    await expect(page.textContent('h1')).resolves.toBe('This sign-in link has expired or was already used');
    await page.screenshot({ path: `${ARTIFACTS}oauth-callback-error.png` });
    await page.close();
  });
});
