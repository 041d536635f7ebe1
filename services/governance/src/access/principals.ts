import { randomBytes } from 'node:crypto';
import { CommandContext } from '../application/ports';
import { GOVERNANCE_ERRORS, hashToken, invalid, notFound, PrincipalKind, Role, RoleBinding } from '../domain';
import { PrincipalRow, PrincipalStore, TokenRow } from './principal-store';

export type PrincipalView = PrincipalRow & { tokens: TokenRow[] };

/** At most a year: a longer-lived secret should be a service account's, rotated by its operator. */
const MAX_TTL_SECONDS = 366 * 24 * 3600;

/**
 * Principals, roles and tokens over the principal decider (protocol-neutral: REST and gRPC call this). A token is
 * 32 random bytes, shown once in IssueToken's answer; only its SHA-256 hash is appended and projected.
 */
export class Principals {
  constructor(private readonly store: PrincipalStore) {}

  async create(
    input: { principalId: string; name: string; kind: PrincipalKind; roles: RoleBinding[] },
    context: CommandContext,
  ): Promise<PrincipalView> {
    await this.store.execute({ type: 'CreatePrincipal', data: input }, context);
    return this.get(input.principalId);
  }

  async grant(principalId: string, binding: RoleBinding, context: CommandContext): Promise<PrincipalView> {
    await this.store.execute({ type: 'GrantRole', data: { principalId, ...binding } }, context);
    return this.get(principalId);
  }

  async revokeRole(principalId: string, binding: RoleBinding, context: CommandContext): Promise<PrincipalView> {
    await this.store.execute({ type: 'RevokeRole', data: { principalId, ...binding } }, context);
    return this.get(principalId);
  }

  async issueToken(principalId: string, ttlSeconds: number, context: CommandContext): Promise<{ token: string; info: TokenRow }> {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 0 || ttlSeconds > MAX_TTL_SECONDS) {
      invalid(`ttl_seconds must be 0 (never expires) to ${MAX_TTL_SECONDS}`, { ttlSeconds });
    }
    const token = `cairn_${randomBytes(32).toString('base64url')}`;
    const tokenId = `tok-${randomBytes(8).toString('hex')}`;
    const expiresAt = ttlSeconds > 0 ? context.now + ttlSeconds * 1000 : undefined;
    await this.store.execute(
      { type: 'IssueToken', data: { principalId, tokenId, hash: hashToken(token), ...(expiresAt ? { expiresAt } : {}) } },
      context,
    );
    return { token, info: { tokenId, issuedAt: context.now, ...(expiresAt ? { expiresAt } : {}) } };
  }

  async revokeToken(principalId: string, tokenId: string, reason: string | undefined, context: CommandContext): Promise<TokenRow> {
    await this.store.execute({ type: 'RevokeToken', data: { principalId, tokenId, ...(reason ? { reason } : {}) } }, context);
    const token = (await this.get(principalId)).tokens.find((t) => t.tokenId === tokenId);
    if (!token) throw notFound(GOVERNANCE_ERRORS.tokenNotFound, `token ${tokenId} not found`, { principalId, tokenId });
    return token;
  }

  async get(principalId: string): Promise<PrincipalView> {
    const found = await this.store.principal(principalId);
    if (!found) throw notFound(GOVERNANCE_ERRORS.principalNotFound, `principal ${principalId} not found`, { principalId });
    return found;
  }

  list(): Promise<PrincipalView[]> {
    return this.store.principals();
  }
}

/** A role binding from the wire (`scope` empty or absent: every model). */
export const bindingFrom = (wire: { role?: string; scope?: string | null } | null | undefined): RoleBinding => {
  if (!wire?.role) invalid('a role binding needs a role');
  return wire.scope ? { role: wire.role as Role, scope: wire.scope } : { role: wire.role as Role };
};
