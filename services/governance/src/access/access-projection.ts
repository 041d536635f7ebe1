import { EventData } from '@cairn/contracts';
import type { Statement } from '../infrastructure/postgres/projector';
import { PrincipalEvent, RoleBinding } from '../domain';

/**
 * Principal events → statements for `governance.principals` and `governance.tokens` (pure; idempotent like the
 * rest of the projector: upserts, guarded appends, absolute values).
 */
const sql = (text: string, ...values: unknown[]): Statement => ({ text, values });

/** A binding as stored: `scope` always present (null: every model), so `@>` compares whole bindings. */
const stored = (binding: RoleBinding) => JSON.stringify([{ role: binding.role, scope: binding.scope ?? null }]);

type Handlers = { [K in PrincipalEvent['type']]: (data: EventData<K>) => Statement[] };

const HANDLERS: Handlers = {
  PrincipalCreated: (d) => [
    sql(
      `INSERT INTO governance.principals (principal_id, name, kind, roles, created_at)
       VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (principal_id) DO NOTHING`,
      d.principalId,
      d.name,
      d.kind,
      JSON.stringify(d.roles.map((b) => ({ role: b.role, scope: b.scope ?? null }))),
      d.timestamp,
    ),
  ],
  RoleGranted: (d) => [
    sql(
      `UPDATE governance.principals SET roles = roles || $2::jsonb
       WHERE principal_id = $1 AND NOT roles @> $2::jsonb`,
      d.principalId,
      stored(d),
    ),
  ],
  RoleRevoked: (d) => [
    sql(
      `UPDATE governance.principals
       SET roles = COALESCE((SELECT jsonb_agg(b) FROM jsonb_array_elements(roles) b WHERE b <> $2::jsonb -> 0), '[]'::jsonb)
       WHERE principal_id = $1`,
      d.principalId,
      stored(d),
    ),
  ],
  TokenIssued: (d) => [
    sql(
      `INSERT INTO governance.tokens (token_hash, token_id, principal_id, issued_at, expires_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (token_hash) DO NOTHING`,
      d.hash,
      d.tokenId,
      d.principalId,
      d.timestamp,
      d.expiresAt ?? null,
    ),
  ],
  TokenRevoked: (d) => [
    sql(
      `UPDATE governance.tokens SET revoked_at = $3 WHERE principal_id = $1 AND token_id = $2 AND revoked_at IS NULL`,
      d.principalId,
      d.tokenId,
      d.timestamp,
    ),
  ],
};

export function accessProjection(event: PrincipalEvent): Statement[] {
  return (HANDLERS[event.type] as (data: unknown) => Statement[])(event.data);
}
