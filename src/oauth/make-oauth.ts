// make-mcp as an OAuth client of Make: its own client id and secret (MAKE_OAUTH_CLIENT_ID/SECRET), PKCE S256 on
// every sign-in, endpoints from Make's OpenID configuration. Make's tokens stay in this process and the store.
import { createHash } from 'node:crypto';
import { newSecret } from './cipher.js';

export interface MakeTokenSet {
  accessToken: string;
  refreshToken?: string;
  /** ms since the epoch; when Make gives no lifetime, an hour. */
  expiresAt: number;
  /** The scopes Make granted, when it says (the user may have unticked some). */
  scopes?: string[];
}

/** Make refused a code or a refresh token: the user has to sign in again. */
export class MakeGrantRefused extends Error {}

interface Endpoints {
  authorization_endpoint: string;
  token_endpoint: string;
  revocation_endpoint?: string;
  token_endpoint_auth_methods_supported?: string[];
}

export interface MakeOAuthOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** {MAKE_MCP_PUBLIC_URL}/oauth/callback, as registered in Make. */
  redirectUri: string;
}

const TIMEOUT_MS = 10_000;
const DEFAULT_LIFETIME_MS = 3600_000;
const MAX_ANSWER_BYTES = 64 * 1024;

export class MakeOAuth {
  private discovered?: Promise<Endpoints>;

  constructor(private readonly o: MakeOAuthOptions) {}

  /** Make's endpoints, read once (again after a failure). */
  endpoints(): Promise<Endpoints> {
    this.discovered ??= this.discover().catch((err: unknown) => {
      this.discovered = undefined;
      throw err;
    });
    return this.discovered;
  }

  /** Where to send the person's browser; `verifier` is kept by us until the callback. */
  async authorizeUrl(state: string, scopes: readonly string[]): Promise<{ url: string; verifier: string }> {
    const verifier = newSecret();
    const url = new URL((await this.endpoints()).authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.o.clientId,
      redirect_uri: this.o.redirectUri,
      scope: scopes.join(' '),
      state,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return { url: url.href, verifier };
  }

  exchange(code: string, verifier: string): Promise<MakeTokenSet> {
    return this.tokenRequest({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: this.o.redirectUri,
    });
  }

  refresh(refreshToken: string): Promise<MakeTokenSet> {
    return this.tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  /** Best effort (RFC 7009): a failure here leaves the token to expire at Make; ours are gone either way. */
  async revoke(token: string, hint: 'refresh_token' | 'access_token'): Promise<void> {
    const endpoint = (await this.endpoints()).revocation_endpoint;
    if (!endpoint) return;
    await this.post(endpoint, { token, token_type_hint: hint }).catch(() => undefined);
  }

  private async discover(): Promise<Endpoints> {
    const url = `${this.o.issuer}/.well-known/openid-configuration`;
    const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`Make's OpenID configuration (${url}) answered HTTP ${res.status}`);
    const doc = (await res.json()) as Partial<Endpoints>;
    if (typeof doc.authorization_endpoint !== 'string' || typeof doc.token_endpoint !== 'string') {
      throw new Error(`Make's OpenID configuration (${url}) names no authorization or token endpoint`);
    }
    return doc as Endpoints;
  }

  private async tokenRequest(form: Record<string, string>): Promise<MakeTokenSet> {
    const res = await this.post((await this.endpoints()).token_endpoint, form);
    const text = (await res.text()).slice(0, MAX_ANSWER_BYTES);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // described below by its status
    }
    if (res.status === 400 && body.error === 'invalid_grant') throw new MakeGrantRefused('Make refused the grant');
    if (!res.ok || typeof body.access_token !== 'string') {
      throw new Error(
        `Make's token endpoint answered HTTP ${res.status}${typeof body.error === 'string' ? ` (${body.error})` : ''}`,
      );
    }
    const lifetime =
      typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in * 1000 : DEFAULT_LIFETIME_MS;
    return {
      accessToken: body.access_token,
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
      expiresAt: Date.now() + lifetime,
      scopes: typeof body.scope === 'string' ? body.scope.split(' ').filter(Boolean) : undefined,
    };
  }

  /** A form POST authenticated as our client: client_secret_post unless Make only lists client_secret_basic. */
  private async post(url: string, form: Record<string, string>): Promise<Response> {
    const methods = (await this.endpoints()).token_endpoint_auth_methods_supported;
    const basic =
      methods !== undefined && !methods.includes('client_secret_post') && methods.includes('client_secret_basic');
    const credentials = `${encodeURIComponent(this.o.clientId)}:${encodeURIComponent(this.o.clientSecret)}`;
    return fetch(url, {
      method: 'POST',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        ...(basic ? { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` } : {}),
      },
      body: new URLSearchParams(
        basic ? form : { ...form, client_id: this.o.clientId, client_secret: this.o.clientSecret },
      ),
    });
  }
}
