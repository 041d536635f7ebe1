import { Operation, OPERATIONS, PermissionDenied, Unauthenticated } from '@cairn/contracts';
import { GOVERNANCE_ERRORS, permissionDenied, unauthenticated } from './errors';
import { globMatches } from './glob';
import { AccessEvent, CommandMetadata, DecisionTarget, PrincipalEvent, Role, RoleBinding } from './model';
import {
  decidePrincipal,
  evolvePrincipal,
  initialPrincipalState,
  Principal,
  PrincipalCommand,
  PrincipalState,
} from './principal';

/**
 * Authentication and authorisation as pure functions over the access projection (every `principal-*` stream
 * folded), and the audit events of a refusal. The adapters call `authenticate` (401 on failure) and then
 * `authorize` (403 on failure) before any command, and append the refusal events to `access-<day>`.
 */

// ── the access projection ────────────────────────────────────────────────────────────────────────────────────────

export interface AccessState {
  principals: ReadonlyMap<string, Principal>;
  /** token hash → where to find the token */
  tokensByHash: ReadonlyMap<string, { principalId: string; tokenId: string }>;
}

export const initialAccessState = (): AccessState => ({ principals: new Map(), tokensByHash: new Map() });

export function evolveAccess(state: AccessState, event: PrincipalEvent): AccessState {
  const id = event.data.principalId;
  const before: PrincipalState = state.principals.has(id)
    ? { kind: 'live', principal: state.principals.get(id) as Principal }
    : initialPrincipalState();
  const after = evolvePrincipal(before, event);
  if (after.kind === 'empty') return state;
  const principals = new Map(state.principals).set(id, after.principal);
  const tokensByHash =
    event.type === 'TokenIssued'
      ? new Map(state.tokensByHash).set(event.data.hash, { principalId: id, tokenId: event.data.tokenId })
      : state.tokensByHash;
  return { principals, tokensByHash };
}

export const evolveAccessAll = (events: Iterable<PrincipalEvent>, state: AccessState = initialAccessState()) => {
  let current = state;
  for (const event of events) current = evolveAccess(current, event);
  return current;
};

// ── authentication ───────────────────────────────────────────────────────────────────────────────────────────────

export type Authentication =
  | { ok: true; principal: Principal; tokenId: string }
  | { ok: false; error: Unauthenticated; principalId?: string; tokenId?: string };

/**
 * Who a bearer token's hash belongs to at `now`. Refused (UNAUTHENTICATED, 401): no token, an unknown token, a
 * revoked one, one at or past its `expiresAt`. The adapter hashes the presented token (`hashToken`), never logs it.
 */
export function authenticate(tokenHash: string | undefined, state: AccessState, now: Date): Authentication {
  if (!tokenHash) {
    return { ok: false, error: unauthenticated(GOVERNANCE_ERRORS.tokenMissing, 'a bearer token is required', {}) };
  }
  const found = state.tokensByHash.get(tokenHash);
  const principal = found && state.principals.get(found.principalId);
  const token = principal?.tokens.get(found?.tokenId ?? '');
  if (!found || !principal || !token || token.hash !== tokenHash) {
    return { ok: false, error: unauthenticated(GOVERNANCE_ERRORS.tokenUnknown, 'the bearer token is not valid', {}) };
  }
  const ids = { principalId: principal.principalId, tokenId: token.tokenId };
  if (token.revokedAt !== undefined) {
    return {
      ok: false,
      ...ids,
      error: unauthenticated(GOVERNANCE_ERRORS.tokenRevoked, 'the bearer token was revoked', ids),
    };
  }
  if (token.expiresAt !== undefined && now.getTime() >= token.expiresAt) {
    return {
      ok: false,
      ...ids,
      error: unauthenticated(GOVERNANCE_ERRORS.tokenExpired, 'the bearer token has expired', {
        ...ids,
        expiresAt: token.expiresAt,
      }),
    };
  }
  return { ok: true, principal, tokenId: token.tokenId };
}

// ── authorisation ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * What a caller may do. `registry.promote` and `deployment.write` split by whether the target is production
 * (`isProductionTarget`); the table (README "Permissions") says which role grants which operation.
 */
export { OPERATIONS };
export type { Operation };

const READS: Operation[] = ['tracking.read', 'registry.read', 'deployment.read', 'monitoring.read', 'governance.read'];

/** Role → operations it grants. Roles add up; admin holds every operation. */
export const PERMISSIONS: Record<Role, readonly Operation[]> = {
  viewer: READS,
  'data-scientist': [...READS, 'tracking.write', 'registry.write'],
  'ml-engineer': [
    ...READS,
    'tracking.write',
    'registry.write',
    'registry.delete',
    'registry.promote',
    'deployment.write',
  ],
  approver: [...READS, 'governance.approve', 'registry.promote.production', 'deployment.write.production'],
  admin: OPERATIONS,
};

/** Operations whose resource is not a model: a role scoped to some models never grants them. */
const UNSCOPED: ReadonlySet<Operation> = new Set(['governance.policy.write', 'governance.principal.write']);

/** Aliases that count as production besides the Production stage (README "Permissions"). */
export const PRODUCTION_ALIASES: readonly string[] = ['production', 'prod', 'champion'];

export function isProductionTarget(target: DecisionTarget, productionAliases = PRODUCTION_ALIASES): boolean {
  if (target.kind === 'stage') return target.name.toLowerCase() === 'production';
  if (target.kind === 'alias') return productionAliases.includes(target.name.toLowerCase());
  return true; // a deployment serves traffic
}

/** What an operation is on: the model it concerns (absent: none, e.g. managing principals) and the target. */
export interface Resource {
  model?: string;
  target?: DecisionTarget;
}

/** The operation actually checked: promotions and deployments to production need the `.production` permission. */
export function effectiveOperation(operation: Operation, resource: Resource = {}): Operation {
  if (resource.target && isProductionTarget(resource.target)) {
    if (operation === 'registry.promote') return 'registry.promote.production';
    if (operation === 'deployment.write') return 'deployment.write.production';
  }
  return operation;
}

/** A binding applies to a model when it is unscoped or its scope glob matches the model's name. */
export function bindingApplies(binding: RoleBinding, model: string | undefined): boolean {
  if (binding.scope === undefined) return true;
  return model !== undefined && globMatches(binding.scope, model);
}

/** The principal's roles that apply to `model` (what a policy sees as `requester.roles`), sorted, without repeats. */
export function effectiveRoles(principal: Pick<Principal, 'roles'>, model: string | undefined): Role[] {
  const roles = new Set(principal.roles.filter((b) => bindingApplies(b, model)).map((b) => b.role));
  return [...roles].sort();
}

export type Authorization = { allowed: true; role: Role } | { allowed: false; error: PermissionDenied };

export function authorize(
  principal: Pick<Principal, 'principalId' | 'roles'>,
  operation: Operation,
  resource: Resource = {},
): Authorization {
  const needed = effectiveOperation(operation, resource);
  const model = UNSCOPED.has(needed) ? undefined : resource.model;
  const grants = principal.roles.filter(
    (b) =>
      (UNSCOPED.has(needed) ? b.scope === undefined : bindingApplies(b, model)) && PERMISSIONS[b.role].includes(needed),
  );
  if (grants.length > 0) return { allowed: true, role: grants[0].role };
  const on = resource.model ? ` on model ${resource.model}` : '';
  const to = resource.target ? ` (${resource.target.kind} ${resource.target.name})` : '';
  return {
    allowed: false,
    error: permissionDenied(
      GOVERNANCE_ERRORS.permissionDenied,
      `${principal.principalId} may not ${needed}${on}${to}`,
      { principalId: principal.principalId, operation: needed, ...resource },
    ),
  };
}

/** `authorize`, throwing the PermissionDenied. */
export function requirePermission(
  principal: Pick<Principal, 'principalId' | 'roles'>,
  operation: Operation,
  resource: Resource = {},
): Role {
  const result = authorize(principal, operation, resource);
  if (!result.allowed) throw result.error;
  return result.role;
}

// ── audited refusals ─────────────────────────────────────────────────────────────────────────────────────────────

/** The AuthenticationFailed event to append to `accessStream(now)` after a failed `authenticate`. */
export function authenticationFailed(
  refusal: Extract<Authentication, { ok: false }>,
  operation: string,
  now: Date,
): AccessEvent {
  return {
    type: 'AuthenticationFailed',
    data: {
      ...(refusal.principalId ? { principalId: refusal.principalId } : {}),
      ...(refusal.tokenId ? { tokenId: refusal.tokenId } : {}),
      operation,
      code: refusal.error.code,
      reason: refusal.error.message,
      timestamp: now.getTime(),
    },
  };
}

/** The AccessDenied event to append to `accessStream(now)` after a refused `authorize` (or a decider's 403). */
export function accessDenied(
  principalId: string,
  error: PermissionDenied,
  operation: string,
  now: Date,
  extra: { tokenId?: string; resource?: string } = {},
): AccessEvent {
  return {
    type: 'AccessDenied',
    data: {
      principalId,
      ...(extra.tokenId ? { tokenId: extra.tokenId } : {}),
      operation,
      ...(extra.resource ? { resource: extra.resource } : {}),
      code: error.code,
      reason: error.message,
      timestamp: now.getTime(),
    },
  };
}

// ── bootstrap ────────────────────────────────────────────────────────────────────────────────────────────────────

export const BOOTSTRAP_ADMIN_ID = 'admin';

/**
 * The events that give the configured bootstrap token to principal `admin` (an unscoped admin), over the state of
 * stream `principal-admin`. Run it at every start: unchanged configuration gives no events; roles granted to
 * `admin` since are kept. The token id derives from the hash, so a changed token is a new token (the old one
 * stays valid until revoked with RevokeToken).
 */
export function bootstrapAdmin(tokenHash: string, state: PrincipalState, metadata: CommandMetadata): PrincipalEvent[] {
  const commands: PrincipalCommand[] = [
    state.kind === 'empty'
      ? {
          type: 'CreatePrincipal',
          data: {
            principalId: BOOTSTRAP_ADMIN_ID,
            name: 'bootstrap admin',
            kind: 'service',
            roles: [{ role: 'admin' }],
          },
        }
      : { type: 'GrantRole', data: { principalId: BOOTSTRAP_ADMIN_ID, role: 'admin' } },
    {
      type: 'IssueToken',
      data: { principalId: BOOTSTRAP_ADMIN_ID, tokenId: `bootstrap-${tokenHash.slice(0, 12)}`, hash: tokenHash },
    },
  ];
  const events: PrincipalEvent[] = [];
  let current = state;
  for (const command of commands) {
    const decided = decidePrincipal(command, current, metadata);
    events.push(...decided);
    current = decided.reduce(evolvePrincipal, current);
  }
  return events;
}
