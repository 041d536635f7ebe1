import { Inject, Injectable, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EventStore } from '@cairn/event-store';
import { CONFIG, EVENT_STORE, LOGGER, Logger, PG_POOL, serviceToken } from '@cairn/platform';
import { Pool } from '@cairn/postgres';
import { ModelHistory } from './application/model-history';
import { GovernanceGate, RegistryReads } from './application/ports';
import { RegistryService } from './application/registry-service';
import type { RegistryConfig } from './config';
import { RegistryGrpcService } from './grpc/registry.grpc';
import { AliasesController } from './http/aliases.controller';
import { ModelVersionsController } from './http/model-versions.controller';
import { RegisteredModelsController } from './http/registered-models.controller';
import { GrpcGovernanceGate } from './infrastructure/governance/grpc-governance-gate';
import { PostgresModelRepository } from './infrastructure/postgres/model-repository';
import { PostgresRegistryReads } from './infrastructure/postgres/registry-reads';
import { GrpcTrackingLookup } from './infrastructure/tracking/grpc-tracking-lookup';
import { HttpArtifactVerifier } from './infrastructure/tracking/http-artifact-verifier';
import { LineageModule, lineageServiceProvider } from './lineage/lineage.module';
import { GOVERNANCE_GATE, MODEL_REPOSITORY, REGISTRY_READS, REGISTRY_SERVICE } from './tokens';

const TRACKING_LOOKUP = Symbol('registry.tracking-lookup');

/** Restarts unfinished artifact checks once the service is up; stops them and the tracking and governance clients on shutdown. */
@Injectable()
class RegistryLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(REGISTRY_SERVICE) private readonly registry: RegistryService,
    @Inject(TRACKING_LOOKUP) private readonly tracking: GrpcTrackingLookup,
    @Inject(GOVERNANCE_GATE) private readonly gate: GrpcGovernanceGate,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const resumed = await this.registry.resume();
    if (resumed > 0) this.logger.info({ versions: resumed }, 'checking the artifacts of versions left pending');
  }

  async onModuleDestroy(): Promise<void> {
    await this.registry.stop();
    this.tracking.close();
    this.gate.close();
  }
}

/**
 * The MLflow model registry: REST controllers and gRPC `cairn.registry.v1.RegistryService` over the RegistryService,
 * whose write side is the event store (`model-<name>` streams) with inline projections into schema `registry`, and
 * whose ports reach tracking over gRPC (runs, logged models) and HTTP (artifact checks) and governance's Evaluate
 * over gRPC through the gate (infrastructure/governance/).
 */
@Module({
  // For LineageQueries (GetLineage's recorded runs, datasets and models); the same module instance AppModule imports.
  imports: [LineageModule],
  controllers: [RegisteredModelsController, AliasesController, ModelVersionsController],
  providers: [
    {
      provide: MODEL_REPOSITORY,
      inject: [PG_POOL, EVENT_STORE],
      useFactory: (pool: Pool, store: EventStore) => new PostgresModelRepository(pool, store),
    },
    { provide: REGISTRY_READS, inject: [PG_POOL], useFactory: (pool: Pool) => new PostgresRegistryReads(pool) },
    {
      provide: TRACKING_LOOKUP,
      inject: [CONFIG],
      useFactory: (config: RegistryConfig) => new GrpcTrackingLookup(config.CAIRN_TRACKING_GRPC_ADDRESS, serviceToken(config)),
    },
    // Governance's Evaluate decides every alias / stage change (a bounded 5 s wait; unreachable → 503 UNAVAILABLE).
    {
      provide: GOVERNANCE_GATE,
      inject: [CONFIG],
      useFactory: (config: RegistryConfig) =>
        new GrpcGovernanceGate({ address: config.CAIRN_GOVERNANCE_GRPC_ADDRESS, token: serviceToken(config) }),
    },
    {
      provide: REGISTRY_SERVICE,
      inject: [CONFIG, REGISTRY_READS, MODEL_REPOSITORY, TRACKING_LOOKUP, GOVERNANCE_GATE, LOGGER],
      useFactory: (
        config: RegistryConfig,
        reads: RegistryReads,
        repository: PostgresModelRepository,
        tracking: GrpcTrackingLookup,
        gate: GovernanceGate,
        logger: Logger,
      ) =>
        new RegistryService({
          repository,
          reads,
          tracking,
          verifier: new HttpArtifactVerifier(config.CAIRN_TRACKING_URL, serviceToken(config)),
          gate,
          logger,
          verification: { timeoutMs: config.CAIRN_REGISTRY_VERIFY_TIMEOUT_MS },
        }),
    },
    RegistryLifecycle,
    // GetLineage reads versions through the read model, which satisfies VersionLineageReader as it is.
    lineageServiceProvider(REGISTRY_READS),
    { provide: ModelHistory, inject: [EVENT_STORE], useFactory: (store: EventStore) => new ModelHistory(store) },
    RegistryGrpcService,
  ],
  exports: [REGISTRY_SERVICE, REGISTRY_READS, MODEL_REPOSITORY],
})
export class RegistryModule {}
