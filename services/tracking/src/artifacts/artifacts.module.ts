import { Module } from '@nestjs/common';
import { Pool } from '@cairn/postgres';
import { CONFIG, PG_POOL } from '@cairn/platform';
import type { TrackingConfig } from '../config';
import { PostgresLoggedModelsRepository } from '../infrastructure/postgres/logged-models/postgres-logged-models-repository';
import { PostgresTrackingRepository } from '../infrastructure/postgres/postgres-tracking-repository';
import { RepositoryArtifactOwners } from './artifact-owners';
import { LocalArtifactStore } from './artifact-store';
import { ArtifactsController } from './artifacts.controller';
import { LoggedModelArtifactsController } from './logged-model-artifacts.controller';
import { OwnerArtifacts } from './owner-artifacts';
import { RunArtifactsController } from './run-artifacts.controller';
import { UploadShieldInstaller } from './upload-shield';

/**
 * Artifacts on local disk under CAIRN_ARTIFACT_ROOT: MLflow's proxied artifact API (`mlflow-artifacts:` URIs), and
 * the routes that address artifacts by run or logged model (ListArtifacts, the UI's get-artifact and
 * upload-artifact, the logged-model artifact routes), which look their owner up through PG_POOL.
 * Needs only the platform's global CONFIG, LOGGER and PG_POOL, so AppModule just imports it.
 */
@Module({
  controllers: [ArtifactsController, RunArtifactsController, LoggedModelArtifactsController],
  providers: [
    {
      provide: LocalArtifactStore,
      inject: [CONFIG],
      useFactory: (config: Pick<TrackingConfig, 'CAIRN_ARTIFACT_ROOT'>) => new LocalArtifactStore(config.CAIRN_ARTIFACT_ROOT),
    },
    {
      provide: OwnerArtifacts,
      inject: [PG_POOL, LocalArtifactStore],
      useFactory: (pool: Pool, store: LocalArtifactStore) =>
        new OwnerArtifacts(new RepositoryArtifactOwners(new PostgresTrackingRepository(pool), new PostgresLoggedModelsRepository(pool)), store),
    },
    UploadShieldInstaller,
  ],
  exports: [LocalArtifactStore],
})
export class ArtifactsModule {}
