import { EventStore } from '@cairn/event-store';
import { Pool } from '@cairn/postgres';
import { CommandContext, Executed } from '../application/ports';
import {
  bootstrapAdmin,
  BOOTSTRAP_ADMIN_ID,
  decidePrincipal,
  evolvePrincipalAll,
  hashToken,
  Principal,
  PrincipalCommand,
  PrincipalEvent,
  PrincipalState,
  principalStream,
  RoleBinding,
  Token,
} from '../domain';
import { StreamWriter } from '../infrastructure/postgres/stream-writer';

/** A principal as the access projection holds it (its tokens' hashes stay in the database). */
export interface PrincipalRow {
  principalId: string;
  name: string;
  kind: Principal['kind'];
  roles: RoleBinding[];
  createdAt: number;
}

export type TokenRow = Omit<Token, 'hash'>;

/**
 * `principal-<id>` streams through the shared write path (projected inline into governance.principals / tokens),
 * and the projection's lookups: a token by its hash (each authenticated call), a principal by id.
 */
export class PrincipalStore {
  private readonly writer: StreamWriter;

  constructor(
    private readonly pool: Pool,
    store: EventStore,
    maxAttempts = 5,
  ) {
    this.writer = new StreamWriter(pool, store, maxAttempts);
  }

  execute(command: PrincipalCommand, context: CommandContext): Promise<Executed<PrincipalEvent, PrincipalState>> {
    const metadata = { now: new Date(context.now), actor: context.actor };
    return this.writer.execute<PrincipalEvent, PrincipalState>(
      principalStream(command.data.principalId),
      evolvePrincipalAll,
      (state) => decidePrincipal(command, state, metadata),
      context,
    );
  }

  /** Gives the configured bootstrap token to principal `admin`; unchanged configuration appends nothing. */
  bootstrap(token: string, context: CommandContext): Promise<Executed<PrincipalEvent, PrincipalState>> {
    const metadata = { now: new Date(context.now), actor: context.actor };
    return this.writer.execute<PrincipalEvent, PrincipalState>(
      principalStream(BOOTSTRAP_ADMIN_ID),
      evolvePrincipalAll,
      (state) => bootstrapAdmin(hashToken(token), state, metadata),
      context,
    );
  }

  async byTokenHash(hash: string): Promise<{ principal: PrincipalRow; token: Token } | null> {
    const { rows } = await this.pool.query(
      `SELECT p.principal_id, p.name, p.kind, p.roles, p.created_at,
              t.token_id, t.token_hash, t.issued_at, t.expires_at, t.revoked_at
       FROM governance.tokens t JOIN governance.principals p USING (principal_id)
       WHERE t.token_hash = $1`,
      [hash],
    );
    if (rows.length === 0) return null;
    const row = rows[0];
    return { principal: principalRow(row), token: { ...tokenRow(row), hash: row.token_hash } };
  }

  /** A principal's role bindings (one primary-key read; what deciding who may act needs); null: no such principal. */
  async rolesOf(principalId: string): Promise<RoleBinding[] | null> {
    const { rows } = await this.pool.query('SELECT roles FROM governance.principals WHERE principal_id = $1', [principalId]);
    return rows.length === 0 ? null : rolesFrom(rows[0].roles);
  }

  async principal(principalId: string): Promise<(PrincipalRow & { tokens: TokenRow[] }) | null> {
    const all = await this.principals(principalId);
    return all[0] ?? null;
  }

  /** Every principal (or the one named), with its tokens' ids and lifetimes, in id order. */
  async principals(only?: string): Promise<Array<PrincipalRow & { tokens: TokenRow[] }>> {
    const { rows } = await this.pool.query(
      `SELECT p.principal_id, p.name, p.kind, p.roles, p.created_at,
              COALESCE(jsonb_agg(jsonb_build_object('token_id', t.token_id, 'issued_at', t.issued_at,
                'expires_at', t.expires_at, 'revoked_at', t.revoked_at) ORDER BY t.issued_at, t.token_id)
                FILTER (WHERE t.token_id IS NOT NULL), '[]') AS tokens
       FROM governance.principals p LEFT JOIN governance.tokens t USING (principal_id)
       WHERE $1::text IS NULL OR p.principal_id = $1
       GROUP BY p.principal_id ORDER BY p.principal_id`,
      [only ?? null],
    );
    return rows.map((row) => ({ ...principalRow(row), tokens: (row.tokens as Record<string, unknown>[]).map(tokenRow) }));
  }
}

/** Stored bindings (`scope` null: every model) as the domain's RoleBindings (`scope` absent). */
function rolesFrom(stored: unknown): RoleBinding[] {
  return (stored as Array<{ role: RoleBinding['role']; scope: string | null }>).map((b) =>
    b.scope ? { role: b.role, scope: b.scope } : { role: b.role },
  );
}

function principalRow(row: Record<string, unknown>): PrincipalRow {
  return {
    principalId: String(row.principal_id),
    name: String(row.name),
    kind: row.kind as Principal['kind'],
    roles: rolesFrom(row.roles),
    createdAt: Number(row.created_at),
  };
}

function tokenRow(row: Record<string, unknown>): TokenRow {
  const optional = (value: unknown) => (value === null || value === undefined ? undefined : Number(value));
  const expiresAt = optional(row.expires_at);
  const revokedAt = optional(row.revoked_at);
  return {
    tokenId: String(row.token_id),
    issuedAt: Number(row.issued_at),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    ...(revokedAt !== undefined ? { revokedAt } : {}),
  };
}
