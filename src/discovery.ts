// What the server asks Make once at start: the token's scopes and the organization's rate limit.
// Either may fail; the server then works on without filtering, or with the smallest plan's limit.
import type { MakeClient } from './http/client.js';

const STARTUP_TIMEOUT_MS = 10_000;

export async function discoverScopes(client: MakeClient): Promise<string[] | null> {
  const outcome = await client.send(
    { method: 'GET', path: '/users/me/current-authorization' },
    { scope: null, signal: AbortSignal.timeout(STARTUP_TIMEOUT_MS), read: true },
  );
  const scope = outcome.ok
    ? (outcome.data as { authorization?: { scope?: unknown } })?.authorization?.scope
    : undefined;
  return Array.isArray(scope) && scope.every((s) => typeof s === 'string') ? scope : null;
}

export async function discoverRateLimit(client: MakeClient, organizationId: number): Promise<number | null> {
  const outcome = await client.send(
    { method: 'GET', path: `/organizations/${organizationId}` },
    { scope: 'organizations:read', signal: AbortSignal.timeout(STARTUP_TIMEOUT_MS), read: true },
  );
  const limit = outcome.ok
    ? (outcome.data as { organization?: { license?: { apiLimit?: unknown } } })?.organization?.license?.apiLimit
    : undefined;
  return typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : null;
}
