import { Actor, GOVERNANCE_ERRORS, permissionDenied } from '../domain';
import { ClaimedActors } from '../application/claimed-actors';
import { ActorResolver, CommandContext, PrincipalClaim } from '../application/ports';
import { PrincipalStore } from './principal-store';

const isAdmin = (roles: ReadonlyArray<{ role: string; scope?: string }>) =>
  roles.some((b) => b.role === 'admin' && b.scope === undefined);

/**
 * A requester or approver named in a request, with the roles the access projection gives them (claimed roles are
 * ignored). The name must be the authenticated caller's own (`context.actor`), except for an unscoped admin, e.g.
 * the registry's service account relaying a requester. A name the projection does not know gets the roles an admin
 * claims for it (a trusted relay) and none otherwise.
 */
export class TokenActors implements ActorResolver {
  private readonly claimed = new ClaimedActors();

  constructor(private readonly principals: PrincipalStore) {}

  async resolve(claim: PrincipalClaim | null | undefined, context: CommandContext): Promise<Actor> {
    const callerId = context.caller ?? context.actor;
    const callerRoles = await this.principals.rolesOf(callerId);
    const callerIsAdmin = isAdmin(callerRoles ?? []);
    const id = claim?.id || context.actor;
    if (id !== context.actor && !callerIsAdmin) {
      throw permissionDenied(
        GOVERNANCE_ERRORS.permissionDenied,
        `${context.actor} may not act as ${id}: only an admin may name another principal`,
        { principalId: context.actor, claimed: id },
      );
    }
    const knownRoles = id === callerId ? callerRoles : await this.principals.rolesOf(id);
    if (knownRoles) return { principalId: id, roles: knownRoles };
    if (callerIsAdmin) return this.claimed.resolve({ id, roles: claim?.roles ?? [] });
    return { principalId: id, roles: [] };
  }
}
