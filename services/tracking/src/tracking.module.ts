import { Module } from '@nestjs/common';
import { Pool } from '@cairn/postgres';
import { CONFIG, PG_POOL } from '@cairn/platform';
import type { TrackingConfig } from './config';
import { TrackingStore } from './application/tracking-store';
import { ExperimentsController } from './http/experiments.controller';
import { InputsController } from './http/inputs.controller';
import { LoggingController } from './http/logging.controller';
import { MetricsController } from './http/metrics.controller';
import { RunsController } from './http/runs.controller';
import { PostgresTrackingRepository } from './infrastructure/postgres/postgres-tracking-repository';
import { LOGGED_MODELS_STORE, TRACKING_STORE } from './tokens';
import { LoggedModelsStore } from './application/logged-models-store';
import { LoggedModelsController } from './http/logged-models.controller';
import { PostgresLoggedModelsRepository } from './infrastructure/postgres/logged-models/postgres-logged-models-repository';
import { TrackingGrpcService } from './grpc/tracking.grpc';
import { RUN_OUTPUTS } from './application/run-outputs';
import { PostgresRunOutputs } from './infrastructure/postgres/run-outputs';

/** MLflow tracking REST (experiments, runs, logging, metrics, inputs) over the PostgreSQL repository. */
@Module({
  controllers: [ExperimentsController, RunsController, LoggingController, MetricsController, InputsController, LoggedModelsController],
  providers: [
    {
      provide: TRACKING_STORE,
      inject: [PG_POOL, CONFIG],
      useFactory: (pool: Pool, config: TrackingConfig) =>
        new TrackingStore(new PostgresTrackingRepository(pool), config.CAIRN_ARTIFACT_ROOT),
    },
    // MLflow 3 logged models (http/logged-models.controller.ts).
    {
      provide: LOGGED_MODELS_STORE,
      inject: [PG_POOL],
      useFactory: (pool: Pool) =>
        new LoggedModelsStore(new PostgresLoggedModelsRepository(pool), new PostgresTrackingRepository(pool)),
    },
    // runs/get's MLflow 3 `outputs` (http/runs.controller.ts).
    { provide: RUN_OUTPUTS, inject: [PG_POOL], useFactory: (pool: Pool) => new PostgresRunOutputs(pool) },
    // gRPC cairn.tracking.v1.TrackingService over the same store (services/tracking/src/grpc/).
    TrackingGrpcService,
  ],
})
export class TrackingModule {}
