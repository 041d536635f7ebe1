import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { loadProto } from '@cairn/contracts';
import { GrpcServer, Logger, LOGGER, lookupService } from '@cairn/platform';
import { ModelHistory } from '../application/model-history';
import { RegistryService } from '../application/registry-service';
import { lineageHandlers } from '../lineage/lineage.grpc';
import { LineageService } from '../lineage/lineage-service';
import { REGISTRY_SERVICE as REGISTRY_CORE } from '../tokens';
import type { RegistryServiceHandlers } from './generated/cairn/registry/v1/RegistryService';
import { historyHandlers } from './history.grpc';
import { modelVersionHandlers } from './model-versions.grpc';
import { REGISTRY_PROTO, REGISTRY_SERVICE } from './names';
import { promotionHandlers } from './promotions.grpc';
import { registeredModelHandlers } from './registered-models.grpc';
import { Wrap, wrapWith } from './wrap';

/** Every RegistryService RPC: MLflow's operations over the core the REST controllers call, plus lineage and history. */
export function registryHandlers(registry: RegistryService, history: ModelHistory, lineage: LineageService, wrap: Wrap): RegistryServiceHandlers {
  return {
    ...registeredModelHandlers(registry, wrap),
    ...modelVersionHandlers(registry, wrap),
    ...promotionHandlers(registry, wrap),
    ...historyHandlers(history, wrap),
    ...lineageHandlers(lineage, wrap),
  };
}

/** Adds `cairn.registry.v1.RegistryService` to the platform's gRPC server (GRPC_PORT) before it starts listening. */
@Injectable()
export class RegistryGrpcService implements OnModuleInit {
  constructor(
    @Inject(REGISTRY_CORE) private readonly registry: RegistryService,
    private readonly history: ModelHistory,
    private readonly lineage: LineageService,
    private readonly grpc: GrpcServer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    // Errors the platform's table does not know become INTERNAL for the caller; the details go to our log only.
    const wrap = wrapWith((error, call) => this.logger.error({ err: error, grpc_method: call.getPath() }, 'gRPC call failed'));
    this.grpc.addService(lookupService(loadProto(REGISTRY_PROTO), REGISTRY_SERVICE), registryHandlers(this.registry, this.history, this.lineage, wrap));
  }
}
