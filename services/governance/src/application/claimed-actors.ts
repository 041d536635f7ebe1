import { Actor } from '../domain';
import { ActorResolver, PrincipalClaim } from './ports';

/**
 * Until bearer-token authentication lands (a later slice), the roles are the ones the caller states: the
 * registry's service account relays the requester's, an approver states theirs. Duplicates are dropped so the
 * recorded input does not depend on how the claim was spelled.
 */
export class ClaimedActors implements ActorResolver {
  async resolve(claim: PrincipalClaim): Promise<Actor> {
    const seen = new Set<string>();
    const roles = (claim.roles ?? []).filter((binding) => {
      const key = `${binding.role}@${binding.scope ?? '*'}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { principalId: claim.id, roles };
  }
}
