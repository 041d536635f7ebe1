import { Module } from '@nestjs/common';
import { GovernanceModule } from './governance.module';

/**
 * The governance service's root module. The platform module (global) already provides CONFIG, LOGGER, PG_POOL,
 * EVENT_STORE, KAFKA, METRICS_REGISTRY, Readiness and GrpcServer, and serves /healthz, /readyz and /metrics.
 */
@Module({
  imports: [
    // Policies and decisions over gRPC (cairn.governance.v1) and REST (/api/2.0/cairn/governance).
    GovernanceModule,
  ],
})
export class AppModule {}
