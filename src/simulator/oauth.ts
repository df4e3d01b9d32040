// Make's OAuth 2.0 authorization server, simulated: OpenID discovery, an authorize page where a person picks which
// seeded user consents and to which scopes, the token endpoint (authorization code with PKCE S256, refresh with
// rotation), and revocation. Its access tokens are accepted by the simulated API as `Authorization: Bearer …`.
// Plugged into the simulator through SimulatorPlugin; nothing else of the simulator knows about it.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectionAt } from './engine.js';
import type { SimulatorPlugin } from './index.js';
import { addUser } from './seed.js';
import { SEED_IDS } from './seed-ids.js';
import type { EngineState } from './types.js';

export interface SimAccount {
  userId: number;
  name: string;
  email: string;
  organizationId: number;
}

const OTHER_ORGANIZATION = 12;
const OTHER_TEAM = 23;

/** Who can consent: the seeded user, a colleague in the same organization, and a user of another organization. */
export const SIM_ACCOUNTS: SimAccount[] = [
  {
    userId: SEED_IDS.user,
    name: 'Sandbox User',
    email: 'sandbox.user@example.com',
    organizationId: SEED_IDS.organization,
  },
  { userId: 34, name: 'Colleague User', email: 'colleague@example.com', organizationId: SEED_IDS.organization },
  { userId: 41, name: 'Other Org User', email: 'other.user@example.org', organizationId: OTHER_ORGANIZATION },
];

export interface SimOAuthOptions {
  /** The OAuth clients registered "in Make": id → secret and the one redirect URI each may use. */
  clients?: Record<string, { secret: string; redirectUri: string }>;
  /** Lifetime of an access token (Make's is longer; tests shorten it to see refresh). */
  accessTokenSeconds?: number;
  /** Every scope the consent page may offer. */
  scopes: readonly string[];
}

interface Grant {
  userId: number;
  organizationId: number;
  scopes: string[];
  clientId: string;
}

interface IssuedAccess extends Grant {
  expiresAt: number;
  refresh: string;
}

const CODE_MS = 60_000;
const FORM = 'application/x-www-form-urlencoded';

export interface SimOAuth extends SimulatorPlugin {
  addClient(id: string, secret: string, redirectUri: string): void;
  /** The user revokes every grant of theirs in Make (Profile → authorized apps). */
  revokeUser(userId: number): void;
  /** Every access token ends now, as if its lifetime had passed: the next API call needs a refresh. */
  expireAccessTokens(): void;
  /** Calls to the token endpoint, by grant type, for tests. */
  tokenRequests: { grantType: string; ok: boolean }[];
}

export function simOAuth(options: SimOAuthOptions): SimOAuth {
  const clients = new Map(Object.entries(options.clients ?? {}));
  const codes = new Map<string, Grant & { redirectUri: string; challenge: string; expiresAt: number }>();
  const access = new Map<string, IssuedAccess>();
  const refresh = new Map<string, Grant>();
  const tokenRequests: SimOAuth['tokenRequests'] = [];
  const lifetime = () => (options.accessTokenSeconds ?? 3600) * 1000;

  function issue(grant: Grant) {
    const accessToken = `sim-oauth-${randomBytes(18).toString('base64url')}`;
    const refreshToken = `sim-refresh-${randomBytes(18).toString('base64url')}`;
    access.set(accessToken, { ...grant, expiresAt: Date.now() + lifetime(), refresh: refreshToken });
    refresh.set(refreshToken, grant);
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: Math.round(lifetime() / 1000),
      refresh_token: refreshToken,
      scope: grant.scopes.join(' '),
    };
  }

  function dropRefresh(token: string): void {
    refresh.delete(token);
    for (const [key, issued] of access) if (issued.refresh === token) access.delete(key);
  }

  /** client_secret_basic or client_secret_post; undefined when the client did not authenticate. */
  function client(req: IncomingMessage, form: URLSearchParams): string | undefined {
    const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const [id, secret] = basic
      ? Buffer.from(basic[1], 'base64').toString('utf8').split(':').map(decodeURIComponent)
      : [form.get('client_id') ?? '', form.get('client_secret') ?? ''];
    const known = clients.get(id);
    return known && same(known.secret, secret ?? '') ? id : undefined;
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await body(req));
    const grantType = form.get('grant_type') ?? '';
    const clientId = client(req, form);
    const answer = (status: number, value: object) => {
      tokenRequests.push({ grantType, ok: status === 200 });
      json(res, status, value);
    };
    if (!clientId)
      return answer(401, { error: 'invalid_client', error_description: 'Unknown client or wrong secret.' });
    if (grantType === 'authorization_code') {
      const code = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? ''); // single use, whatever happens next
      const verifier = form.get('code_verifier') ?? '';
      if (!code || code.expiresAt < Date.now() || code.clientId !== clientId)
        return answer(400, { error: 'invalid_grant' });
      if (form.get('redirect_uri') !== code.redirectUri)
        return answer(400, { error: 'invalid_grant', error_description: 'redirect_uri differs.' });
      if (!same(s256(verifier), code.challenge))
        return answer(400, { error: 'invalid_grant', error_description: 'PKCE verification failed.' });
      return answer(200, issue(code));
    }
    if (grantType === 'refresh_token') {
      const old = form.get('refresh_token') ?? '';
      const grant = refresh.get(old);
      if (!grant || grant.clientId !== clientId) return answer(400, { error: 'invalid_grant' });
      dropRefresh(old); // rotation: each refresh token works once
      return answer(200, issue(grant));
    }
    answer(400, { error: 'unsupported_grant_type' });
  }

  async function revoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await body(req));
    if (!client(req, form)) return json(res, 401, { error: 'invalid_client' });
    const value = form.get('token') ?? '';
    const issued = access.get(value);
    dropRefresh(issued ? issued.refresh : value);
    access.delete(value);
    res.writeHead(200).end();
  }

  /** The authorize request's parameters, checked; a string says why they are refused (shown, never redirected). */
  function authorizeRequest(
    params: URLSearchParams,
  ): string | { clientId: string; redirectUri: string; scopes: string[] } {
    const clientId = params.get('client_id') ?? '';
    const registered = clients.get(clientId);
    if (!registered) return 'Unknown client_id.';
    if (params.get('redirect_uri') !== registered.redirectUri)
      return 'redirect_uri is not the one registered for this client.';
    if (params.get('response_type') !== 'code') return 'response_type must be code.';
    if (!params.get('code_challenge') || params.get('code_challenge_method') !== 'S256')
      return 'PKCE with S256 is required.';
    const scopes = (params.get('scope') ?? '').split(' ').filter((s) => options.scopes.includes(s));
    return { clientId, redirectUri: registered.redirectUri, scopes };
  }

  async function authorize(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const query = new URL(req.url ?? '/', 'http://sim').searchParams;
    const params = req.method === 'POST' ? new URLSearchParams(await body(req)) : query;
    const checked = authorizeRequest(params);
    if (typeof checked === 'string')
      return page(res, 400, 'Make — sign-in refused', `<p class="error">${escape(checked)}</p>`);
    const back = new URL(checked.redirectUri);
    const state = params.get('state');
    if (state !== null) back.searchParams.set('state', state);
    if (req.method !== 'POST') return page(res, 200, 'Make — allow access', consentForm(params, checked.scopes));

    const account = SIM_ACCOUNTS.find((a) => String(a.userId) === params.get('user'));
    if (params.get('decision') !== 'allow' || !account) {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_description', 'The user did not allow access.');
    } else {
      const code = randomBytes(18).toString('base64url');
      const scopes = params.getAll('granted').filter((s) => checked.scopes.includes(s));
      codes.set(code, {
        userId: account.userId,
        organizationId: account.organizationId,
        scopes,
        clientId: checked.clientId,
        redirectUri: checked.redirectUri,
        challenge: params.get('code_challenge') ?? '',
        expiresAt: Date.now() + CODE_MS,
      });
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { location: back.href, 'cache-control': 'no-store' }).end();
  }

  return {
    tokenRequests,
    async serve(req, res, simUrl) {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/.well-known/openid-configuration' && req.method === 'GET') {
        json(res, 200, {
          issuer: simUrl,
          authorization_endpoint: `${simUrl}/oauth/v2/authorize`,
          token_endpoint: `${simUrl}/oauth/v2/token`,
          revocation_endpoint: `${simUrl}/oauth/v2/revoke`,
          response_types_supported: ['code'],
          grant_types_supported: ['authorization_code', 'refresh_token'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
          scopes_supported: options.scopes,
        });
      } else if (path === '/oauth/v2/authorize' && (req.method === 'GET' || req.method === 'POST')) {
        await authorize(req, res);
      } else if (path === '/oauth/v2/token' && req.method === 'POST' && isForm(req)) {
        await token(req, res);
      } else if (path === '/oauth/v2/revoke' && req.method === 'POST' && isForm(req)) {
        await revoke(req, res);
      } else {
        return false;
      }
      return true;
    },
    bearer(value) {
      const issued = access.get(value);
      if (!issued || issued.expiresAt <= Date.now()) return null;
      return { scopes: issued.scopes, organizationId: issued.organizationId, userId: issued.userId };
    },
    seed(state: EngineState) {
      // the other organization, its team and the users who can consent, beside the seeded ones
      const organizations = collectionAt(state, '/organizations');
      const seeded = organizations.get(String(SEED_IDS.organization))!;
      organizations.set(String(OTHER_ORGANIZATION), { ...seeded, id: OTHER_ORGANIZATION, name: 'Other Org' });
      const team = { id: OTHER_TEAM, name: 'Other Team', organizationId: OTHER_ORGANIZATION };
      collectionAt(state, '/teams').set(String(OTHER_TEAM), team);
      const users = collectionAt(state, '/users');
      for (const a of SIM_ACCOUNTS.filter((x) => !users.has(String(x.userId)))) {
        const teamIds = [a.organizationId === SEED_IDS.organization ? SEED_IDS.team : OTHER_TEAM];
        addUser(state, { id: a.userId, name: a.name, email: a.email, organizationId: a.organizationId, teamIds });
      }
    },
    addClient(id, secret, redirectUri) {
      clients.set(id, { secret, redirectUri });
    },
    revokeUser(userId) {
      for (const [key, grant] of refresh) if (grant.userId === userId) dropRefresh(key);
      for (const [key, issued] of access) if (issued.userId === userId) access.delete(key);
    },
    expireAccessTokens() {
      for (const issued of access.values()) issued.expiresAt = 0;
    },
  };
}

function consentForm(params: URLSearchParams, scopes: string[]): string {
  const hidden = [
    'client_id',
    'redirect_uri',
    'response_type',
    'scope',
    'state',
    'code_challenge',
    'code_challenge_method',
  ]
    .filter((name) => params.get(name) !== null)
    .map((name) => `<input type="hidden" name="${name}" value="${escape(params.get(name)!)}">`)
    .join('\n');
  const users = SIM_ACCOUNTS.map(
    (a, i) =>
      `<label><input type="radio" name="user" value="${a.userId}"${i === 0 ? ' checked' : ''}> ${escape(a.name)} ` +
      `<small>${escape(a.email)} · organization ${a.organizationId}</small></label>`,
  ).join('\n');
  const boxes = scopes.length
    ? scopes
        .map(
          (s) =>
            `<label><input type="checkbox" name="granted" value="${escape(s)}" checked> ` +
            `<code>${escape(s)}</code></label>`,
        )
        .join('\n')
    : '<p>No scopes were asked for.</p>';
  return `<p>An application asks to use your Make account through the <strong>Make API</strong>.
This is the <strong>simulated</strong> Make of make-mcp's sandbox: nothing here reaches make.com.</p>
<form method="post" action="/oauth/v2/authorize">
${hidden}
<fieldset><legend>Sign in as</legend>
${users}
</fieldset>
<fieldset><legend>Allow these scopes</legend>
${boxes}
</fieldset>
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>`;
}

function page(res: ServerResponse, status: number, title: string, content: string): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}label{display:block;margin:.3rem 0}
fieldset{margin:1rem 0}.error{color:#a00}button{margin-right:.5rem;padding:.4rem 1rem}</style></head>
<body><h1>${escape(title)}</h1>${content}</body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(value));
}

function isForm(req: IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === FORM;
}

const MAX_FORM_BYTES = 64 * 1024;

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_FORM_BYTES) req.destroy(new Error('form too large'));
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function same(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}
