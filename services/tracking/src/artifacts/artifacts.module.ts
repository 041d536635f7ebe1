import { Module } from '@nestjs/common';
import { CONFIG } from '@cairn/platform';
import type { TrackingConfig } from '../config';
import { LocalArtifactStore } from './artifact-store';
import { ArtifactsController } from './artifacts.controller';
import { UploadShieldInstaller } from './upload-shield';

/**
 * MLflow's proxied artifact API (`mlflow-artifacts:` URIs) on local disk under CAIRN_ARTIFACT_ROOT.
 * Self-contained: needs only the platform's global CONFIG (and LOGGER), so AppModule just imports it.
 */
@Module({
  controllers: [ArtifactsController],
  providers: [
    {
      provide: LocalArtifactStore,
      inject: [CONFIG],
      useFactory: (config: Pick<TrackingConfig, 'CAIRN_ARTIFACT_ROOT'>) => new LocalArtifactStore(config.CAIRN_ARTIFACT_ROOT),
    },
    UploadShieldInstaller,
  ],
  exports: [LocalArtifactStore],
})
export class ArtifactsModule {}
