import { Module } from '@nestjs/common';
import { ArtifactsModule } from './artifacts';
import { RegistryProxyModule } from './http/registry-proxy';
import { TrackingModule } from './tracking.module';

/**
 * The tracking service's root module. The platform module (global) already provides CONFIG, LOGGER, PG_POOL,
 * EVENT_STORE, KAFKA, METRICS_REGISTRY, Readiness and GrpcServer, and serves /healthz, /readyz and /metrics.
 */
@Module({
  imports: [
    TrackingModule,
    // The /api/2.0/mlflow-artifacts proxy (services/tracking/src/artifacts/).
    ArtifactsModule,
    // MLflow's registry routes, forwarded to the registry service so clients set only MLFLOW_TRACKING_URI.
    RegistryProxyModule,
  ],
})
export class AppModule {}
