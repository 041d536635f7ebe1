import { PrincipalView } from './principals';
import { TokenRow } from './principal-store';

/** Principals and tokens in their proto / REST JSON form (snake_case; never a token's hash). */
export const tokenWire = (t: TokenRow) => ({
  token_id: t.tokenId,
  issued_at: t.issuedAt,
  ...(t.expiresAt !== undefined ? { expires_at: t.expiresAt } : {}),
  ...(t.revokedAt !== undefined ? { revoked_at: t.revokedAt } : {}),
});

export const principalWire = (p: PrincipalView) => ({
  principal_id: p.principalId,
  name: p.name,
  kind: p.kind,
  roles: p.roles.map((b) => ({ role: b.role, ...(b.scope ? { scope: b.scope } : {}) })),
  tokens: p.tokens.map(tokenWire),
  created_at: p.createdAt,
});
