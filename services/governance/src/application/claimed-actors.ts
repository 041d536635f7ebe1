import { Actor, invalid, ROLE_NAMES, RoleBinding } from '../domain';
import { ActorResolver, PrincipalClaim } from './ports';

/**
 * Trusts the roles a claim states: what TokenActors does for a principal the projection does not know when an admin
 * names it (a trusted relay), and what unit tests use. An unknown role is refused here
 * (INVALID_ARGUMENT) rather than by the event schema later, and duplicates are dropped so the recorded input does
 * not depend on how the claim was spelled.
 */
export class ClaimedActors implements ActorResolver {
  async resolve(claim: PrincipalClaim | null | undefined): Promise<Actor> {
    if (!claim?.id) invalid('a principal id is required');
    const seen = new Set<string>();
    const roles: RoleBinding[] = [];
    for (const binding of claim.roles ?? []) {
      if (!(ROLE_NAMES as readonly string[]).includes(binding.role)) {
        invalid(`unknown role "${binding.role}" (one of ${ROLE_NAMES.join(', ')})`, { principalId: claim.id });
      }
      const key = `${binding.role}@${binding.scope ?? '*'}`;
      if (!seen.has(key)) roles.push(binding);
      seen.add(key);
    }
    return { principalId: claim.id, roles };
  }
}
