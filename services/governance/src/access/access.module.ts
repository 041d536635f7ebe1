import { Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { EventStore } from '@cairn/event-store';
import { BaseConfig, CONFIG, EVENT_STORE, Logger, LOGGER, PG_POOL } from '@cairn/platform';
import { Pool } from '@cairn/postgres';
import { AccessGrpcService, LOCAL_AUTHORIZER, PRINCIPALS } from './access.grpc';
import { createLocalAuthorizer } from './local-authorizer.factory';
import { PrincipalStore } from './principal-store';
import { Principals } from './principals';
import { PrincipalsController } from './principals.controller';
import { TokenActors } from './token-actors';

export const PRINCIPAL_STORE = Symbol('governance.principal-store');
export const TOKEN_ACTORS = Symbol('governance.token-actors');

/** Gives the configured bootstrap token to principal `admin` at every start (unchanged configuration: no events). */
@Injectable()
class BootstrapAdmin implements OnModuleInit {
  constructor(
    @Inject(PRINCIPAL_STORE) private readonly store: PrincipalStore,
    @Inject(CONFIG) private readonly config: BaseConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    const context = { actor: 'service:governance', correlationId: 'bootstrap-admin', traceparent: null, now: Date.now() };
    const { events } = await this.store.bootstrap(this.config.CAIRN_BOOTSTRAP_ADMIN_TOKEN, context);
    if (events.length > 0) this.logger.info({ events: events.map((e) => e.type) }, 'bootstrap admin token registered');
  }
}

/** Principals, roles and tokens: REST under /api/2.0/cairn/governance/principals, gRPC cairn.access.v1. */
@Module({
  controllers: [PrincipalsController],
  providers: [
    { provide: PRINCIPAL_STORE, inject: [PG_POOL, EVENT_STORE], useFactory: (pool: Pool, store: EventStore) => new PrincipalStore(pool, store) },
    { provide: PRINCIPALS, inject: [PRINCIPAL_STORE], useFactory: (store: PrincipalStore) => new Principals(store) },
    { provide: TOKEN_ACTORS, inject: [PRINCIPAL_STORE], useFactory: (store: PrincipalStore) => new TokenActors(store) },
    {
      provide: LOCAL_AUTHORIZER,
      inject: [PG_POOL, EVENT_STORE, LOGGER],
      useFactory: (pool: Pool, store: EventStore, logger: Logger) => createLocalAuthorizer(pool, store, logger),
    },
    BootstrapAdmin,
    AccessGrpcService,
  ],
  exports: [TOKEN_ACTORS, PRINCIPAL_STORE],
})
export class AccessModule {}
