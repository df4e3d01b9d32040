// make-mcp as the MCP client's authorization server (the SDK's OAuthServerProvider), federating each sign-in to
// Make: our /authorize sends the person to Make with our own Make client and PKCE, /oauth/callback takes Make's code,
// and we issue our own short-lived tokens (audience: this server). Make's tokens live only in the grant, encrypted.
import type { Response } from 'express';
import type { AuthorizationParams, OAuthServerProvider } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import type { OAuthRegisteredClientsStore } from '@modelcontextprotocol/sdk/server/auth/clients.js';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import {
  InvalidGrantError,
  InvalidScopeError,
  InvalidTargetError,
  InvalidTokenError,
} from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type {
  OAuthClientInformationFull,
  OAuthTokenRevocationRequest,
  OAuthTokens,
} from '@modelcontextprotocol/sdk/shared/auth.js';
import { digestOf, newSecret, type TokenCipher } from './cipher.js';
import { MakeGrantRefused, type MakeOAuth, type MakeTokenSet } from './make-oauth.js';
import type { Store } from './store.js';

/** Lifetimes, in seconds (README, "Host it for your team"). */
export interface Lifetimes {
  /** Our access token. */
  access: number;
  /** Our refresh token, and a grant nobody refreshes (sliding: each refresh starts it again). */
  refresh: number;
  /** Our authorization code, redeemed once. */
  code: number;
  /** A sign-in between our /authorize and Make's callback. */
  pending: number;
  /** A client registration nobody uses. */
  client: number;
}

export const LIFETIMES: Lifetimes = { access: 3600, refresh: 30 * 86400, code: 60, pending: 600, client: 90 * 86400 };

/** Who signed in, as Make says; any part may be unknown. */
export interface MakeUser {
  id?: number;
  name?: string;
  organizationId?: number;
}

/** One user's sign-in through one MCP client: what all its tokens lead to. */
export interface Grant {
  clientId: string;
  /** The MCP server URL the tokens are for (RFC 8707). */
  resource: string;
  /** What Make granted: decides the listing. */
  scopes: string[];
  user: MakeUser;
  /** MakeTokenSet as JSON, AES-GCM sealed. */
  make: string;
}

interface Pending {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  state?: string;
  scopes: string[];
  verifier: string;
}

interface Code {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  grantId: string;
}

interface Issued {
  grantId: string;
  clientId: string;
  scopes: string[];
  resource: string;
  /** s since the epoch. */
  expiresAt: number;
}

export interface ProviderOptions {
  store: Store;
  cipher: TokenCipher;
  make: MakeOAuth;
  /** {public URL}/mcp: the only resource tokens are issued for. */
  resource: string;
  /** What may be asked of Make; also what a client gets when it asks for nothing. */
  scopes: readonly string[];
  /** Who signed in, asked of Make's API with their new token. */
  whoIs(accessToken: string): Promise<MakeUser>;
  lifetimes?: Partial<Lifetimes>;
  log(line: string): void;
}

/** What the callback ends in: a redirect to the MCP client, or a page for the person (nowhere safe to send them). */
export type CallbackOutcome = { redirect: string } | { page: 'expired' | 'make-failed' };

export class MakeMcpProvider implements OAuthServerProvider {
  readonly lifetimes: Lifetimes;
  readonly clientsStore: OAuthRegisteredClientsStore;

  constructor(private readonly o: ProviderOptions) {
    this.lifetimes = { ...LIFETIMES, ...o.lifetimes };
    const { store } = o;
    this.clientsStore = {
      getClient: (id) => store.get<OAuthClientInformationFull>(`client:${digestOf(id)}`),
      registerClient: async (client) => {
        const full = client as OAuthClientInformationFull; // the SDK's handler has set client_id
        await store.put(`client:${digestOf(full.client_id)}`, full, this.lifetimes.client);
        return full;
      },
    };
  }

  /** Step 1: the MCP client's authorize request, checked by the SDK; we send the person on to Make. */
  async authorize(client: OAuthClientInformationFull, params: AuthorizationParams, res: Response): Promise<void> {
    if (params.resource && !sameResource(params.resource.href, this.o.resource)) {
      throw new InvalidTargetError(`This server issues tokens only for ${this.o.resource}.`);
    }
    // Scopes this server does not offer (a client's own `openid`, `offline_access`) are left out rather than refused.
    const offered = (params.scopes ?? []).filter((s) => this.o.scopes.includes(s));
    const scopes = offered.length ? offered : [...this.o.scopes];
    const state = newSecret();
    const { url, verifier } = await this.o.make.authorizeUrl(state, scopes);
    const pending: Pending = {
      clientId: client.client_id,
      redirectUri: params.redirectUri,
      codeChallenge: params.codeChallenge,
      state: params.state,
      scopes,
      verifier,
    };
    await this.o.store.put(`pending:${digestOf(state)}`, pending, this.lifetimes.pending);
    res.redirect(302, url);
  }

  /** Step 2: Make sends the person back here with its code (or an error). */
  async callback(query: URLSearchParams): Promise<CallbackOutcome> {
    const pending = await this.o.store.take<Pending>(`pending:${digestOf(query.get('state') ?? '')}`);
    if (!pending) return { page: 'expired' };
    const back = new URL(pending.redirectUri);
    if (pending.state !== undefined) back.searchParams.set('state', pending.state);
    const code = query.get('code');
    if (!code) {
      back.searchParams.set('error', query.get('error') === 'access_denied' ? 'access_denied' : 'server_error');
      back.searchParams.set('error_description', 'Make did not grant access.');
      return { redirect: back.href };
    }
    let tokens: MakeTokenSet;
    try {
      tokens = await this.o.make.exchange(code, pending.verifier);
    } catch (err) {
      this.o.log(`sign-in failed: Make's token endpoint: ${err instanceof Error ? err.message : String(err)}`);
      return { page: 'make-failed' };
    }
    const grantId = newSecret();
    const user = await this.o.whoIs(tokens.accessToken).catch((): MakeUser => ({}));
    const grant: Grant = {
      clientId: pending.clientId,
      resource: this.o.resource,
      scopes: tokens.scopes ?? pending.scopes,
      user,
      make: this.o.cipher.seal(JSON.stringify(tokens)),
    };
    await this.o.store.put(`grant:${grantId}`, grant, this.lifetimes.refresh);
    const ours = newSecret();
    const issued: Code = {
      clientId: pending.clientId,
      redirectUri: pending.redirectUri,
      codeChallenge: pending.codeChallenge,
      grantId,
    };
    await this.o.store.put(`code:${digestOf(ours)}`, issued, this.lifetimes.code);
    back.searchParams.set('code', ours);
    return { redirect: back.href };
  }

  /** Step 3a: the SDK checks the PKCE verifier against this before the exchange. */
  async challengeForAuthorizationCode(client: OAuthClientInformationFull, code: string): Promise<string> {
    const found = await this.o.store.get<Code>(`code:${digestOf(code)}`);
    if (found && found.clientId === client.client_id) return found.codeChallenge;
    // A code presented again after it was redeemed: whoever holds it may have stolen it, so its tokens end too.
    const redeemed = await this.o.store.get<string>(`redeemed:${digestOf(code)}`);
    if (redeemed) await this.o.store.delete(`grant:${redeemed}`);
    throw new InvalidGrantError('The authorization code is unknown, expired or already used.');
  }

  /** Step 3b: the code, once, for our tokens. */
  async exchangeAuthorizationCode(
    client: OAuthClientInformationFull,
    code: string,
    _verifier?: string,
    redirectUri?: string,
    resource?: URL,
  ): Promise<OAuthTokens> {
    const found = await this.o.store.take<Code>(`code:${digestOf(code)}`);
    if (!found || found.clientId !== client.client_id)
      throw new InvalidGrantError('The authorization code is unknown, expired or already used.');
    await this.o.store.put(`redeemed:${digestOf(code)}`, found.grantId, this.lifetimes.pending);
    if (redirectUri !== undefined && redirectUri !== found.redirectUri)
      throw new InvalidGrantError('redirect_uri differs from the authorization request.');
    if (resource && !sameResource(resource.href, this.o.resource))
      throw new InvalidTargetError(`Tokens here are only for ${this.o.resource}.`);
    const grant = await this.grant(found.grantId);
    if (!grant) throw new InvalidGrantError('The sign-in has ended.');
    return this.issue(found.grantId, grant, grant.scopes);
  }

  /** Rotation: each refresh token works once; the grant's lifetime starts again. */
  async exchangeRefreshToken(
    client: OAuthClientInformationFull,
    refreshToken: string,
    scopes?: string[],
    resource?: URL,
  ): Promise<OAuthTokens> {
    const found = await this.o.store.take<Issued>(`refresh:${digestOf(refreshToken)}`);
    if (!found || found.clientId !== client.client_id)
      throw new InvalidGrantError('The refresh token is unknown, expired or revoked.');
    if (resource && !sameResource(resource.href, this.o.resource))
      throw new InvalidTargetError(`Tokens here are only for ${this.o.resource}.`);
    const grant = await this.grant(found.grantId);
    if (!grant) throw new InvalidGrantError('The sign-in has ended (revoked here or in Make): sign in again.');
    const narrower = scopes?.length ? scopes : grant.scopes;
    if (narrower.some((s) => !grant.scopes.includes(s)))
      throw new InvalidScopeError('A refresh cannot add scopes: sign in again for more.');
    await this.o.store.put(`grant:${found.grantId}`, grant, this.lifetimes.refresh);
    return this.issue(found.grantId, grant, narrower);
  }

  /** Every request to /mcp: ours, unexpired, for this server, and its sign-in still alive. */
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    const found = await this.o.store.get<Issued>(`access:${digestOf(token)}`);
    if (!found || found.expiresAt * 1000 <= Date.now())
      throw new InvalidTokenError('The access token is unknown, expired or revoked.');
    if (!sameResource(found.resource, this.o.resource))
      throw new InvalidTokenError(`The access token was not issued for ${this.o.resource}.`);
    const grant = await this.grant(found.grantId);
    if (!grant) throw new InvalidTokenError('The sign-in has ended (revoked here or in Make): sign in again.');
    return {
      token,
      clientId: found.clientId,
      scopes: found.scopes,
      expiresAt: found.expiresAt,
      resource: new URL(found.resource),
      extra: { grantId: found.grantId },
    };
  }

  /** RFC 7009: a refresh token ends the whole sign-in (and Make's tokens, at Make); an access token only itself. */
  async revokeToken(client: OAuthClientInformationFull, request: OAuthTokenRevocationRequest): Promise<void> {
    const key = digestOf(request.token);
    const refresh = await this.o.store.get<Issued>(`refresh:${key}`);
    if (refresh && refresh.clientId === client.client_id) return this.endGrant(refresh.grantId);
    const access = await this.o.store.get<Issued>(`access:${key}`);
    if (access && access.clientId === client.client_id) await this.o.store.delete(`access:${key}`);
  }

  /** Ends a sign-in: every token of ours leading to it stops working, and Make's are revoked at Make. */
  async endGrant(grantId: string): Promise<void> {
    const grant = await this.o.store.take<Grant>(`grant:${grantId}`);
    if (!grant) return;
    const make = this.makeTokens(grant);
    if (make?.refreshToken) await this.o.make.revoke(make.refreshToken, 'refresh_token');
    else if (make) await this.o.make.revoke(make.accessToken, 'access_token');
  }

  grant(grantId: string): Promise<Grant | undefined> {
    return this.o.store.get<Grant>(`grant:${grantId}`);
  }

  /** The grant's Make tokens; undefined when they cannot be read (another key: the grant is as good as gone). */
  makeTokens(grant: Grant): MakeTokenSet | undefined {
    try {
      return JSON.parse(this.o.cipher.open(grant.make)) as MakeTokenSet;
    } catch {
      return undefined;
    }
  }

  /**
   * A fresh Make access token for the grant, after Make's has expired or was refused (`stale`). One replica
   * refreshes at a time (a lock in the store); the others wait for its result. Throws MakeGrantRefused when Make
   * will not renew it: the sign-in is then over and ended here too.
   */
  async renewMake(grantId: string, stale: string): Promise<MakeTokenSet> {
    for (let waited = 0; waited < RENEW_WAIT_MS; waited += RENEW_POLL_MS) {
      const grant = await this.grant(grantId);
      const current = grant && this.makeTokens(grant);
      if (!grant || !current) throw new MakeGrantRefused('the sign-in has ended');
      if (current.accessToken !== stale) return current; // renewed meanwhile, here or on another replica
      if (await this.o.store.claim(`renewing:${grantId}`, RENEW_WAIT_MS / 1000)) {
        try {
          if (!current.refreshToken) throw new MakeGrantRefused('Make gave no refresh token');
          const fresh = await this.o.make.refresh(current.refreshToken);
          const next: MakeTokenSet = { ...fresh, refreshToken: fresh.refreshToken ?? current.refreshToken };
          await this.o.store.put(
            `grant:${grantId}`,
            { ...grant, make: this.o.cipher.seal(JSON.stringify(next)) },
            this.lifetimes.refresh,
          );
          return next;
        } catch (err) {
          if (err instanceof MakeGrantRefused) await this.o.store.delete(`grant:${grantId}`);
          throw err;
        } finally {
          await this.o.store.delete(`renewing:${grantId}`);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, RENEW_POLL_MS));
    }
    throw new Error('renewing the Make token took too long');
  }

  private async issue(grantId: string, grant: Grant, scopes: string[]): Promise<OAuthTokens> {
    const access = newSecret();
    const refresh = newSecret();
    const expiresAt = Math.floor(Date.now() / 1000) + this.lifetimes.access;
    const issued: Issued = { grantId, clientId: grant.clientId, scopes, resource: grant.resource, expiresAt };
    await this.o.store.put(`access:${digestOf(access)}`, issued, this.lifetimes.access);
    await this.o.store.put(`refresh:${digestOf(refresh)}`, { ...issued, expiresAt: 0 }, this.lifetimes.refresh);
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: this.lifetimes.access,
      refresh_token: refresh,
      scope: scopes.join(' '),
    };
  }
}

const RENEW_WAIT_MS = 10_000;
const RENEW_POLL_MS = 100;

/** RFC 8707 resources compare as URLs without a trailing slash or fragment. */
export function sameResource(a: string, b: string): boolean {
  const plain = (u: string) => u.split('#')[0].replace(/\/$/, '');
  return plain(a) === plain(b);
}
