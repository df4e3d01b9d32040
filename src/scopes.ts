// Scope names as Make API tokens carry them. Make's own documents spell a few scopes two ways, and disagree on
// whether one exists at all; a tool's scope is met by any spelling of it, and no tool is hidden only because the
// documents disagree. Facts from Make's "Make roles and API scopes" list (the names tokens carry), its 2024-12
// OpenAPI document (the names declarations use) and its endpoint inventory.

/** One scope, spelled differently: the token's name (Make's scope list) first, then the OpenAPI document's. */
export const SAME_SCOPE: readonly (readonly [token: string, document: string])[] = [
  ['organizations-variables:read', 'organization-variables:read'],
  ['organizations-variables:write', 'organization-variables:write'],
  ['teams-variables:read', 'team-variables:read'],
  // 'team-variables:write' is spelled the same everywhere.
];

/**
 * Scopes Make's OpenAPI document names but Make's scope list does not have, with the token scope Make's inventory
 * names for the same endpoints. A token with either may call the tool; Make decides, and its 403 is explained.
 */
export const DISPUTED_SCOPES: Readonly<Record<string, { inventory: string }>> = {
  'auditlogs:read': { inventory: 'organizations:read' },
};

/** Every spelling of a scope, itself included. */
export function spellingsOf(scope: string): string[] {
  const same = SAME_SCOPE.find((names) => names.includes(scope));
  return same ? [...same] : [scope];
}

/** Whether granted scopes meet a needed one: any spelling of it, or for a disputed scope, the inventory's. */
export function grants(granted: ReadonlySet<string>, needed: string): boolean {
  if (spellingsOf(needed).some((s) => granted.has(s))) return true;
  const disputed = DISPUTED_SCOPES[needed];
  return disputed !== undefined && granted.has(disputed.inventory);
}

/** The name to add to a token for a scope a tool needs, as Make's list of token scopes spells it. */
export function tokenScopeFor(scope: string): string {
  return DISPUTED_SCOPES[scope]?.inventory ?? spellingsOf(scope)[0];
}

/** For a 403 on a tool whose scope Make's documents dispute: what the token needs. Undefined for other scopes. */
export function explainDisputedScope(scope: string | null | undefined): string | undefined {
  const disputed = scope ? DISPUTED_SCOPES[scope] : undefined;
  if (!disputed) return undefined;
  return (
    `Make's documents disagree on the scope for this: its API document names "${scope}", its list of token scopes ` +
    `does not have it, and its endpoint inventory says "${disputed.inventory}". Make refused this token: add the ` +
    `scope "${scope}" to it in Make (Profile → API access) where Make offers it, or ask Make's support which scope ` +
    `your account needs for it.`
  );
}
