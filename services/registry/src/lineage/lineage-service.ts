import { parseVersion, validateModelName, versionNotFound } from '../domain';
import { buildLineageGraph, LineageGraph } from './lineage-graph';
import { RecordedRun } from './lineage-records';
import { LineageQueries } from './postgres/lineage-queries';
import { DeploymentsReader, VersionLineageReader } from './ports';

const NOTHING_RECORDED: RecordedRun = { datasets: [], models: [] };

/**
 * GetLineage's protocol-neutral core (STYLE.md rule 8): the version from the registry's read model, what the lineage
 * consumer recorded about its run and logged model, the deployments serving it (once serving exists), assembled by
 * the pure `buildLineageGraph`. Inputs are validated as every other registry call validates them, so a bad name or
 * version fails the same way on REST and gRPC.
 */
export class LineageService {
  constructor(
    private readonly versions: VersionLineageReader,
    private readonly recorded: Pick<LineageQueries, 'recordedRun' | 'model'>,
    private readonly deployments?: DeploymentsReader,
  ) {}

  async getLineage(name: string | undefined, version: string | number | undefined): Promise<LineageGraph> {
    const modelName = validateModelName(name);
    const number = parseVersion(version);
    const found = await this.versions.getModelVersion(modelName, number);
    if (!found) throw versionNotFound(modelName, number);

    const modelId = found.modelId ?? found.lineage.modelId;
    const knownRunId = found.lineage.runId ?? found.runId;
    const [model, recordedRun] = await Promise.all([
      modelId !== undefined ? this.recorded.model(modelId) : undefined,
      knownRunId !== undefined ? this.recorded.recordedRun(knownRunId) : undefined,
    ]);
    // A version registered from a logged model alone learns its run from the model, if the consumer saw it.
    const runId = knownRunId ?? model?.runId;
    const recorded = recordedRun ?? (runId !== undefined ? await this.recorded.recordedRun(runId) : NOTHING_RECORDED);
    const deployments = (await this.deployments?.deploymentsOf(modelName, number)) ?? [];
    return buildLineageGraph({ version: found, recorded, model, deployments });
  }
}
