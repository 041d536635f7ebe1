import { LoggedModelsRepository } from '../application/logged-model-ports';
import { TrackingRepository } from '../application/ports';
import { loggedModelNotFound, runNotFound } from '../application/errors';
import { requireValue } from '../domain/validation';
import { ArtifactOwners } from './owner-artifacts';

/** `ArtifactOwners` over tracking's repository ports, with the same not-found errors as runs/get and logged-models/get. */
export class RepositoryArtifactOwners implements ArtifactOwners {
  constructor(
    private readonly runs: Pick<TrackingRepository, 'getRunInfo'>,
    private readonly models: Pick<LoggedModelsRepository, 'getModel'>,
  ) {}

  async runArtifactUri(runId: string): Promise<string> {
    const id = requireValue(runId, 'run_id');
    const info = await this.runs.getRunInfo(id);
    if (!info) throw runNotFound(id);
    return info.artifactUri;
  }

  async loggedModelArtifactLocation(modelId: string): Promise<string> {
    const id = requireValue(modelId, 'model_id');
    const model = await this.models.getModel(id, false);
    if (!model) throw loggedModelNotFound(id);
    return model.artifactLocation;
  }
}
