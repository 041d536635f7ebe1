import { Module } from '@nestjs/common';

/**
 * The governance service's root module. The platform module (global) already provides CONFIG, LOGGER, PG_POOL,
 * KAFKA, METRICS_REGISTRY, Readiness and GrpcServer, and serves /healthz, /readyz and /metrics.
 */
@Module({})
export class AppModule {}
