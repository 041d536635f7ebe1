import { Actor, invalid, ROLE_NAMES, RoleBinding } from '../domain';
import { ActorResolver, PrincipalClaim } from './ports';

/**
 * Until bearer-token authentication lands (a later slice), the roles are the ones the caller states: the
 * registry's service account relays the requester's, an approver states theirs. An unknown role is refused here
 * (INVALID_ARGUMENT) rather than by the event schema later, and duplicates are dropped so the recorded input does
 * not depend on how the claim was spelled.
 */
export class ClaimedActors implements ActorResolver {
  async resolve(claim: PrincipalClaim): Promise<Actor> {
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
