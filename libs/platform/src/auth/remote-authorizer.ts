import { hashToken, loadProto, PermissionDenied, Unauthenticated, Unavailable } from '@cairn/contracts';
import { credentials, Metadata, ServiceError, status } from '@grpc/grpc-js';
import { ACCESS_PROTO } from './names';
import type { ProtoGrpcType } from './generated/access';
import type { AccessServiceClient } from './generated/cairn/access/v1/AccessService';
import type { AuthorizeResponse__Output } from './generated/cairn/access/v1/AuthorizeResponse';
import { AccessRequest, Authorizer, Caller } from './authorizer';

const CALL_TIMEOUT_MS = 3_000;
const MAX_CACHED = 10_000;
import { GRPC_ERROR_CODE_KEY as ERROR_CODE_KEY } from '../errors/grpc';

/**
 * Asks governance's `cairn.access.v1.AccessService/Authorize` about each call, and reuses an "allowed" for the
 * same token, operation, model and target for `cacheMs` (bounded by what governance allows, and by the token's
 * own expiry as governance reports it in `cache_ms`). Refusals are never cached: each is audited by governance.
 * So a revoked token stops working within `cacheMs` on every service.
 */
export class RemoteAuthorizer implements Authorizer {
  private readonly client: AccessServiceClient;
  private readonly cache = new Map<string, { caller: Caller; until: number }>();

  constructor(
    address: string,
    private readonly cacheMs: number,
    private readonly now: () => number = Date.now,
  ) {
    const pkg = loadProto(ACCESS_PROTO) as unknown as ProtoGrpcType;
    this.client = new pkg.cairn.access.v1.AccessService(address, credentials.createInsecure());
  }

  async authorize(request: AccessRequest): Promise<Caller> {
    if (!request.token) return this.refuseMissingToken(request);
    const key = [hashToken(request.token), request.operation, request.model ?? '', request.target?.kind ?? '', request.target?.name ?? ''].join('\u0000');
    const cached = this.cache.get(key);
    if (cached && cached.until > this.now()) return cached.caller;
    const { caller, cacheMs } = await this.askWithTtl(request);
    const ttl = Math.min(this.cacheMs, cacheMs);
    if (ttl > 0) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(key, { caller, until: this.now() + ttl });
    }
    return caller;
  }

  close(): void {
    this.client.close();
  }

  /** Governance records the refusal and answers 401; if it cannot be asked, the answer is 401 all the same. */
  private async refuseMissingToken(request: AccessRequest): Promise<Caller> {
    try {
      return (await this.askWithTtl(request)).caller;
    } catch (error) {
      if (error instanceof Unavailable) {
        throw new Unauthenticated('AUTH.TOKEN_MISSING', 'a bearer token is required (Authorization: Bearer <token>)', {
          operation: request.operation,
        });
      }
      throw error;
    }
  }

  private askWithTtl(request: AccessRequest): Promise<{ caller: Caller; cacheMs: number }> {
    const metadata = new Metadata();
    if (request.correlationId) metadata.set('x-request-id', request.correlationId);
    const body = {
      token: request.token ?? '',
      operation: request.operation,
      model: request.model,
      target: request.target,
      service: request.service,
      method: request.method,
    };
    return new Promise((resolve, reject) =>
      this.client.Authorize(body, metadata, { deadline: this.now() + CALL_TIMEOUT_MS }, (error, response) => {
        if (error) return reject(refusal(error, request));
        resolve(fromResponse(response as AuthorizeResponse__Output));
      }),
    );
  }
}

function fromResponse(response: AuthorizeResponse__Output): { caller: Caller; cacheMs: number } {
  return {
    caller: {
      principalId: response.principal_id,
      roles: response.roles.map((binding) => (binding.scope ? { role: binding.role, scope: binding.scope } : { role: binding.role })),
      tokenId: response.token_id || undefined,
    },
    cacheMs: response.cache_ms,
  };
}

/** Governance's refusal as the same typed error (its code and message), or UNAVAILABLE when it could not answer. */
function refusal(error: ServiceError, request: AccessRequest): Error {
  const code = String(error.metadata?.get(ERROR_CODE_KEY)[0] ?? '');
  const context = { operation: request.operation, ...(request.model ? { model: request.model } : {}) };
  if (error.code === status.UNAUTHENTICATED) return new Unauthenticated(code || 'GOVERNANCE.UNAUTHENTICATED', error.details, context);
  if (error.code === status.PERMISSION_DENIED) return new PermissionDenied(code || 'GOVERNANCE.PERMISSION_DENIED', error.details, context);
  return new Unavailable(
    'AUTH.GOVERNANCE_UNAVAILABLE',
    `The governance service could not check the caller's token: ${error.details || error.message}`,
    { ...context, grpcStatus: error.code },
  );
}
