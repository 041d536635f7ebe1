import { randomUUID } from 'node:crypto';
import { hashToken, InvalidArgument, isOperation } from '@cairn/contracts';
import { AccessRequest, Authorizer, Caller, Logger } from '@cairn/platform';
import {
  accessDenied,
  AccessEvent,
  AccessState,
  authenticate,
  authenticationFailed,
  authorize,
  initialAccessState,
  Principal,
} from '../domain';
import { PrincipalStore } from './principal-store';

/** How long another service may reuse an "allowed" (capped by the token's expiry). */
export const DEFAULT_CACHE_MS = 5_000;

/** Appends an audited refusal to the day's `access-<date>` stream. */
export type RefusalRecorder = (event: AccessEvent, actor: string, correlationId: string) => Promise<void>;

/**
 * Governance's own answer to "may this token do that": the access projection (one primary-key lookup by the
 * token's hash), then the domain's `authenticate` and `authorize`. Every refusal is appended to the audit trail
 * before it is thrown; if that append fails the refusal still stands (and is logged), it is never turned into an allow.
 */
export class LocalAuthorizer implements Authorizer {
  constructor(
    private readonly principals: PrincipalStore,
    private readonly recordRefusal: RefusalRecorder,
    private readonly logger: Pick<Logger, 'warn'>,
    private readonly clock: () => number = Date.now,
  ) {}

  async authorize(request: AccessRequest): Promise<Caller> {
    return (await this.check(request)).caller;
  }

  async check(request: AccessRequest): Promise<{ caller: Caller; cacheMs: number }> {
    if (!isOperation(request.operation)) {
      throw new InvalidArgument('GOVERNANCE.INVALID_ARGUMENT', `unknown operation "${request.operation}"`, {
        operation: request.operation,
      });
    }
    const now = new Date(this.clock());
    const correlationId = request.correlationId ?? randomUUID();
    const hash = request.token ? hashToken(request.token) : undefined;
    const found = hash ? await this.principals.byTokenHash(hash) : null;
    const state: AccessState = found
      ? {
          principals: new Map([
            [found.principal.principalId, { ...found.principal, tokens: new Map([[found.token.tokenId, found.token]]) } as Principal],
          ]),
          tokensByHash: new Map([[found.token.hash, { principalId: found.principal.principalId, tokenId: found.token.tokenId }]]),
        }
      : initialAccessState();
    const authentication = authenticate(hash, state, now);
    const where = `${request.service} ${request.method}`;
    if (!authentication.ok) {
      await this.audit(authenticationFailed(authentication, request.operation, now), authentication.principalId ?? 'anonymous', correlationId);
      throw authentication.error;
    }
    const { principal, tokenId } = authentication;
    const resource = { ...(request.model ? { model: request.model } : {}), ...(request.target ? { target: request.target } : {}) };
    const verdict = authorize(principal, request.operation, resource);
    if (!verdict.allowed) {
      const event = accessDenied(principal.principalId, verdict.error, request.operation, now, {
        tokenId,
        resource: (request.model ?? where).slice(0, 512),
      });
      await this.audit(event, principal.principalId, correlationId);
      throw verdict.error;
    }
    const expiresAt = found?.token.expiresAt;
    const cacheMs = Math.max(0, Math.min(DEFAULT_CACHE_MS, expiresAt === undefined ? DEFAULT_CACHE_MS : expiresAt - now.getTime()));
    return { caller: { principalId: principal.principalId, roles: principal.roles, tokenId }, cacheMs };
  }

  private async audit(event: AccessEvent, actor: string, correlationId: string): Promise<void> {
    try {
      await this.recordRefusal(event, actor, correlationId);
    } catch (error) {
      this.logger.warn({ err: error, type: event.type }, 'could not record a refused call in the audit trail');
    }
  }
}
