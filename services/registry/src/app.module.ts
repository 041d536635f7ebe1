import { Module } from '@nestjs/common';
import { RegistryModule } from './registry.module';

/**
 * The registry service's root module. The platform module (global) already provides CONFIG, LOGGER, PG_POOL,
 * EVENT_STORE, KAFKA, METRICS_REGISTRY, Readiness and GrpcServer, and serves /healthz, /readyz and /metrics.
 */
@Module({
  imports: [
    // MLflow's model registry REST (services/registry/src/http/) over the event-sourced RegistryService.
    RegistryModule,
  ],
})
export class AppModule {}
