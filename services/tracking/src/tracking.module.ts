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
import { TRACKING_STORE } from './tokens';

/** MLflow tracking REST (experiments, runs, logging, metrics, inputs) over the PostgreSQL repository. */
@Module({
  controllers: [ExperimentsController, RunsController, LoggingController, MetricsController, InputsController],
  providers: [
    {
      provide: TRACKING_STORE,
      inject: [PG_POOL, CONFIG],
      useFactory: (pool: Pool, config: TrackingConfig) =>
        new TrackingStore(new PostgresTrackingRepository(pool), config.CAIRN_ARTIFACT_ROOT),
    },
  ],
})
export class TrackingModule {}
