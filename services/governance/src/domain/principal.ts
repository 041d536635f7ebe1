import { GOVERNANCE_ERRORS, alreadyExists, invalid, notFound } from './errors';
import { isValidGlob } from './glob';
import { CommandMetadata, PrincipalEvent, PrincipalKind, Role, ROLE_NAMES, RoleBinding } from './model';

/**
 * The principal decider, one aggregate per `principal-<principalId>` stream: a user or service account, its role
 * bindings and its bearer tokens (as SHA-256 hashes only).
 */

type Command<TType extends string, TData> = { type: TType; data: TData };

export type CreatePrincipal = Command<
  'CreatePrincipal',
  { principalId: string; name: string; kind: PrincipalKind; roles?: RoleBinding[] }
>;
export type GrantRole = Command<'GrantRole', { principalId: string; role: Role; scope?: string }>;
export type RevokeRole = Command<'RevokeRole', { principalId: string; role: Role; scope?: string }>;
/** The adapter generates the token and its id, shows the token once, and passes only its hash (`hashToken`). */
export type IssueToken = Command<
  'IssueToken',
  { principalId: string; tokenId: string; hash: string; expiresAt?: number }
>;
export type RevokeToken = Command<'RevokeToken', { principalId: string; tokenId: string; reason?: string }>;
export type PrincipalCommand = CreatePrincipal | GrantRole | RevokeRole | IssueToken | RevokeToken;

export interface Token {
  tokenId: string;
  hash: string;
  issuedAt: number;
  expiresAt?: number;
  revokedAt?: number;
}

export interface Principal {
  principalId: string;
  name: string;
  kind: PrincipalKind;
  roles: readonly RoleBinding[];
  /** tokenId → token */
  tokens: ReadonlyMap<string, Token>;
  createdAt: number;
}

export type PrincipalState = { kind: 'empty' } | { kind: 'live'; principal: Principal };

export const initialPrincipalState = (): PrincipalState => ({ kind: 'empty' });

/** Principal ids are the actor strings used everywhere: `user:alice`, `service:registry`, `admin`. */
const PRINCIPAL_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const TOKEN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const SHA256 = /^[0-9a-f]{64}$/;

export const sameBinding = (a: RoleBinding, b: RoleBinding): boolean => a.role === b.role && a.scope === b.scope;

// ── decide ───────────────────────────────────────────────────────────────────────────────────────────────────────

export function decidePrincipal(
  command: PrincipalCommand,
  state: PrincipalState,
  metadata: CommandMetadata,
): PrincipalEvent[] {
  const timestamp = metadata.now.getTime();
  validatePrincipalId(command.data.principalId);
  switch (command.type) {
    case 'CreatePrincipal': {
      const { principalId, kind } = command.data;
      const name = command.data.name?.trim() ?? '';
      if (name === '' || name.length > 256) invalid('a principal needs a name of 1-256 characters');
      if (kind !== 'user' && kind !== 'service')
        invalid(`principal kind must be user or service, not "${String(kind)}"`);
      const roles = dedupe((command.data.roles ?? []).map(validateBinding));
      if (state.kind === 'live') {
        const p = state.principal;
        const same =
          p.name === name &&
          p.kind === kind &&
          p.roles.length === roles.length &&
          roles.every((r) => p.roles.some((q) => sameBinding(q, r)));
        if (same) return [];
        throw alreadyExists(GOVERNANCE_ERRORS.principalExists, `principal ${principalId} already exists`, {
          principalId,
        });
      }
      return [{ type: 'PrincipalCreated', data: { principalId, name, kind, roles, timestamp } }];
    }
    case 'GrantRole': {
      const binding = validateBinding({ role: command.data.role, scope: command.data.scope });
      const principal = requirePrincipal(state, command.data.principalId);
      if (principal.roles.some((r) => sameBinding(r, binding))) return [];
      return [{ type: 'RoleGranted', data: { principalId: principal.principalId, ...binding, timestamp } }];
    }
    case 'RevokeRole': {
      const binding = validateBinding({ role: command.data.role, scope: command.data.scope });
      const principal = requirePrincipal(state, command.data.principalId);
      if (!principal.roles.some((r) => sameBinding(r, binding))) return [];
      return [{ type: 'RoleRevoked', data: { principalId: principal.principalId, ...binding, timestamp } }];
    }
    case 'IssueToken': {
      const { tokenId, hash, expiresAt } = command.data;
      if (!TOKEN_ID.test(tokenId)) invalid(`token id "${tokenId}" must be 1-128 letters, digits, '.', '_' or '-'`);
      if (!SHA256.test(hash)) invalid('a token is stored as its SHA-256 hash: 64 lower-case hex digits');
      if (expiresAt !== undefined && (!Number.isInteger(expiresAt) || expiresAt <= timestamp)) {
        invalid('a token must expire after the time it is issued', { expiresAt, now: timestamp });
      }
      const principal = requirePrincipal(state, command.data.principalId);
      const existing = principal.tokens.get(tokenId);
      if (existing) {
        if (existing.hash === hash && existing.expiresAt === expiresAt && existing.revokedAt === undefined) return [];
        throw alreadyExists(GOVERNANCE_ERRORS.tokenExists, `token ${tokenId} already exists`, { tokenId });
      }
      return [
        {
          type: 'TokenIssued',
          data: {
            principalId: principal.principalId,
            tokenId,
            hash,
            ...(expiresAt !== undefined ? { expiresAt } : {}),
            timestamp,
          },
        },
      ];
    }
    case 'RevokeToken': {
      const principal = requirePrincipal(state, command.data.principalId);
      const token = principal.tokens.get(command.data.tokenId);
      if (!token) {
        throw notFound(GOVERNANCE_ERRORS.tokenNotFound, `token ${command.data.tokenId} not found`, {
          principalId: principal.principalId,
          tokenId: command.data.tokenId,
        });
      }
      if (token.revokedAt !== undefined) return [];
      return [
        {
          type: 'TokenRevoked',
          data: {
            principalId: principal.principalId,
            tokenId: token.tokenId,
            ...(command.data.reason ? { reason: command.data.reason } : {}),
            timestamp,
          },
        },
      ];
    }
  }
}

function validatePrincipalId(principalId: string): void {
  if (typeof principalId !== 'string' || !PRINCIPAL_ID.test(principalId)) {
    invalid(`principal id "${principalId}" must be 1-128 letters, digits, '.', '_', ':', '@' or '-'`, {
      principalId,
    });
  }
}

function validateBinding(binding: RoleBinding): RoleBinding {
  if (!(ROLE_NAMES as readonly string[]).includes(binding.role)) {
    invalid(`unknown role "${String(binding.role)}" (one of ${ROLE_NAMES.join(', ')})`);
  }
  if (binding.scope === undefined || binding.scope === '*') return { role: binding.role };
  if (!isValidGlob(binding.scope)) invalid(`role scope "${binding.scope}" is not a valid model-name pattern`);
  return { role: binding.role, scope: binding.scope };
}

function dedupe(bindings: RoleBinding[]): RoleBinding[] {
  return bindings.filter((b, i) => bindings.findIndex((c) => sameBinding(b, c)) === i);
}

export function requirePrincipal(state: PrincipalState, principalId: string): Principal {
  if (state.kind === 'empty') {
    throw notFound(GOVERNANCE_ERRORS.principalNotFound, `principal ${principalId} not found`, { principalId });
  }
  return state.principal;
}

// ── evolve ───────────────────────────────────────────────────────────────────────────────────────────────────────

export function evolvePrincipal(state: PrincipalState, event: PrincipalEvent): PrincipalState {
  if (event.type === 'PrincipalCreated') {
    const { principalId, name, kind, roles, timestamp } = event.data;
    return { kind: 'live', principal: { principalId, name, kind, roles, tokens: new Map(), createdAt: timestamp } };
  }
  if (state.kind === 'empty') return state;
  const p = state.principal;
  switch (event.type) {
    case 'RoleGranted': {
      const binding: RoleBinding = event.data.scope
        ? { role: event.data.role, scope: event.data.scope }
        : { role: event.data.role };
      return { kind: 'live', principal: { ...p, roles: [...p.roles, binding] } };
    }
    case 'RoleRevoked': {
      const binding: RoleBinding = { role: event.data.role, scope: event.data.scope };
      return { kind: 'live', principal: { ...p, roles: p.roles.filter((r) => !sameBinding(r, binding)) } };
    }
    case 'TokenIssued': {
      const { tokenId, hash, expiresAt, timestamp } = event.data;
      const tokens = new Map(p.tokens).set(tokenId, {
        tokenId,
        hash,
        issuedAt: timestamp,
        ...(expiresAt !== undefined ? { expiresAt } : {}),
      });
      return { kind: 'live', principal: { ...p, tokens } };
    }
    case 'TokenRevoked': {
      const token = p.tokens.get(event.data.tokenId);
      if (!token) return state;
      const tokens = new Map(p.tokens).set(token.tokenId, { ...token, revokedAt: event.data.timestamp });
      return { kind: 'live', principal: { ...p, tokens } };
    }
  }
}

export const evolvePrincipalAll = (
  events: readonly PrincipalEvent[],
  state: PrincipalState = initialPrincipalState(),
): PrincipalState => events.reduce(evolvePrincipal, state);

export const principalDecider = {
  decide: decidePrincipal,
  evolve: evolvePrincipal,
  initialState: initialPrincipalState,
};
