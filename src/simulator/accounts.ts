// Who is who in the engine's state: the user a token acts as, and a team's organization.
import { collectionAt } from './engine.js';
import type { EngineState, Item } from './types.js';

/** The user a call acts as: an OAuth token's own user, else (an API token) its organization's first user. */
export function callerOf(state: EngineState, organizationId: number, userId: number | undefined): Item | undefined {
  const users = [...collectionAt(state, '/users').values()];
  return users.find((u) => (userId === undefined ? u.organizationId === organizationId : u.id === userId));
}

/** A team by id, if it exists. */
export function teamOf(state: EngineState, teamId: unknown): Item | undefined {
  return teamId === undefined || teamId === null ? undefined : collectionAt(state, '/teams').get(String(teamId));
}
