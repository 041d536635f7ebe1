import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { loadProto } from '@cairn/contracts';
import { ACCESS_PROTO, contextFromMetadata, GrpcServer, Logger, LOGGER, lookupService } from '@cairn/platform';
import type { AccessServiceHandlers } from '@cairn/platform';
import { PrincipalKind } from '../domain';
import { wrapWith } from '../grpc/wrap';
import { LocalAuthorizer } from './local-authorizer';
import { bindingFrom, Principals } from './principals';
import { principalWire, tokenWire } from './wire';

export const ACCESS_SERVICE = 'cairn.access.v1.AccessService';
export const LOCAL_AUTHORIZER = Symbol('governance.local-authorizer');
export const PRINCIPALS = Symbol('governance.principals');

export function accessHandlers(principals: Principals, authorizer: LocalAuthorizer, wrap: ReturnType<typeof wrapWith>): AccessServiceHandlers {
  return {
    Authorize: wrap(async (req) => {
      const target = req.target ? { kind: req.target.kind as 'alias' | 'stage' | 'deployment', name: req.target.name } : undefined;
      const { caller, cacheMs } = await authorizer.check({
        token: req.token || undefined,
        operation: req.operation as never,
        ...(req.model ? { model: req.model } : {}),
        ...(target ? { target } : {}),
        service: req.service || 'unknown',
        method: req.method || 'unknown',
      });
      return {
        principal_id: caller.principalId,
        roles: caller.roles.map((b) => ({ role: b.role, ...(b.scope ? { scope: b.scope } : {}) })),
        token_id: caller.tokenId ?? '',
        cache_ms: cacheMs,
      };
    }),
    CreatePrincipal: wrap(async (req, call) => ({
      principal: principalWire(
        await principals.create(
          { principalId: req.principal_id, name: req.name, kind: req.kind as PrincipalKind, roles: req.roles.map(bindingFrom) },
          contextFromMetadata(call.metadata),
        ),
      ),
    })),
    GetPrincipal: wrap(async (req) => ({ principal: principalWire(await principals.get(req.principal_id)) })),
    ListPrincipals: wrap(async () => ({ principals: (await principals.list()).map(principalWire) })),
    GrantRole: wrap(async (req, call) => ({
      principal: principalWire(await principals.grant(req.principal_id, bindingFrom(req.binding), contextFromMetadata(call.metadata))),
    })),
    RevokeRole: wrap(async (req, call) => ({
      principal: principalWire(await principals.revokeRole(req.principal_id, bindingFrom(req.binding), contextFromMetadata(call.metadata))),
    })),
    IssueToken: wrap(async (req, call) => {
      const issued = await principals.issueToken(req.principal_id, Number(req.ttl_seconds), contextFromMetadata(call.metadata));
      return { token: issued.token, info: tokenWire(issued.info) };
    }),
    RevokeToken: wrap(async (req, call) => ({
      info: tokenWire(await principals.revokeToken(req.principal_id, req.token_id, req.reason || undefined, contextFromMetadata(call.metadata))),
    })),
  };
}

/** Adds `cairn.access.v1.AccessService` to the platform's gRPC server. */
@Injectable()
export class AccessGrpcService implements OnModuleInit {
  constructor(
    @Inject(PRINCIPALS) private readonly principals: Principals,
    @Inject(LOCAL_AUTHORIZER) private readonly authorizer: LocalAuthorizer,
    private readonly grpc: GrpcServer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    const wrap = wrapWith((error, call) => this.logger.error({ err: error, grpc_method: call.getPath() }, 'gRPC call failed'));
    this.grpc.addService(lookupService(loadProto(ACCESS_PROTO), ACCESS_SERVICE), accessHandlers(this.principals, this.authorizer, wrap));
  }
}
