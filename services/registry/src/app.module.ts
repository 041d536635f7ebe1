import { Module } from '@nestjs/common';
import { LineageModule } from './lineage/lineage.module';
import { PromotionsModule } from './promotions/promotions.module';
import { RegistryModule } from './registry.module';

/**
 * The registry service's root module. The platform module (global) already provides CONFIG, LOGGER, PG_POOL,
 * EVENT_STORE, KAFKA, METRICS_REGISTRY, Readiness and GrpcServer, and serves /healthz, /readyz and /metrics.
 */
@Module({
  imports: [
    // MLflow's model registry REST (src/http/) and gRPC (src/grpc/) over the event-sourced RegistryService.
    RegistryModule,
    // The `registry.lineage` consumer of cairn.tracking.events: starts in the background after bootstrap (never holds
    // up start-up or /readyz: lineage only enriches GetLineage) and leaves its group on shutdown.
    LineageModule,
    // The `registry.promotions` consumer of cairn.governance.events: approvals and rejections finish promotions that
    // waited for them; started in the background like lineage's, stopped on shutdown.
    PromotionsModule,
  ],
})
export class AppModule {}
