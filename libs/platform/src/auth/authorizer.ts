import { timingSafeEqual } from 'node:crypto';
import { hashToken, Operation } from '@cairn/contracts';

/** What a call is about, as the service's access rules name it (ARCHITECTURE.md "Auth"). */
export interface AccessTarget {
  kind: 'alias' | 'stage' | 'deployment';
  name: string;
}

export interface AccessRule {
  operation: Operation;
  /** The model the call concerns, when it names one: roles scoped to other models do not count. */
  model?: string;
  /** Promotions and deployments: a production target needs the `.production` permission. */
  target?: AccessTarget;
}

export interface AccessRequest extends AccessRule {
  /** The bearer token as presented; undefined when the call carried none. */
  token: string | undefined;
  /** Where the call arrived, for the audit trail: the service and `POST /api/…` or the gRPC method path. */
  service: string;
  method: string;
  correlationId?: string;
}

/** The authenticated principal a call runs as. */
export interface Caller {
  principalId: string;
  roles: ReadonlyArray<{ role: string; scope?: string }>;
  tokenId?: string;
}

/**
 * Authenticates a call's bearer token and checks its operation: resolves the caller or throws `Unauthenticated`
 * (401 / UNAUTHENTICATED) or `PermissionDenied` (403 / PERMISSION_DENIED); both refusals are audited by governance.
 * Governance unreachable is `Unavailable` (503): a call is never let through because nobody could be asked.
 */
export interface Authorizer {
  authorize(request: AccessRequest): Promise<Caller>;
}

export const BOOTSTRAP_ADMIN: Caller = Object.freeze({
  principalId: 'admin',
  roles: Object.freeze([{ role: 'admin' }]),
  tokenId: 'bootstrap',
});

/**
 * Accepts the configured bootstrap admin token locally (so the first principals can be created, and a service
 * keeps working for its operator while governance is down) and asks `next` about any other token. The comparison
 * is over hashes in constant time.
 */
export class WithBootstrapAdmin implements Authorizer {
  private readonly bootstrapHash: Buffer;

  constructor(
    bootstrapToken: string,
    private readonly next: Authorizer,
  ) {
    this.bootstrapHash = Buffer.from(hashToken(bootstrapToken), 'hex');
  }

  authorize(request: AccessRequest): Promise<Caller> {
    if (request.token && this.isBootstrap(request.token)) return Promise.resolve(BOOTSTRAP_ADMIN);
    return this.next.authorize(request);
  }

  isBootstrap(token: string): boolean {
    return timingSafeEqual(Buffer.from(hashToken(token), 'hex'), this.bootstrapHash);
  }
}

/** The token of an `Authorization: Bearer <token>` value; undefined for any other shape. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match?.[1];
}

/**
 * The actor recorded for a call: the authenticated principal. A principal holding an unscoped `admin` (the
 * bootstrap admin, a service account relaying a user) may name another actor in `x-cairn-actor`, as Kubernetes'
 * impersonation needs its own privilege: the claim is kept only then, otherwise overwritten.
 */
export function actorFor(caller: Caller, claimed: string | undefined): string {
  const mayImpersonate = caller.roles.some((binding) => binding.role === 'admin' && binding.scope === undefined);
  return mayImpersonate && claimed ? claimed : caller.principalId;
}
