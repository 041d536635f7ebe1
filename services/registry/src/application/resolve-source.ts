import { NotFound } from '@cairn/contracts';
import { parseVersion } from '../domain';
import { LoggedModelRecord, RegistryReads, RunRecord, TrackingLookup } from './ports';
import { artifactUri, invalidSource, isInsideArtifactRoot, joinArtifactUri, parseSource } from './source';

/** A checked source: where its artifacts are, and the run / logged model it came from (for lineage). */
export interface ResolvedSource {
  storageLocation: string;
  runId?: string;
  modelId?: string;
  run: RunRecord | null;
  model: LoggedModelRecord | null;
}

const mustIdentify = (source: string, parameter: 'run_id' | 'model_id') =>
  invalidSource(source, `The ${parameter} request parameter must identify the resource that contains the source.`);

/**
 * Resolves a version's source inside Cairn's artifact store, as MLflow 3's server validates it
 * (handlers._validate_source_run / _validate_source_model), after the pure shape check of `parseSource`:
 * - `runs:/<run>/<path>`: the run must exist (and be the given run_id); location = the run's artifacts + path;
 * - `models:/m-<id>`: the logged model must exist (and be the given model_id); location = its artifact location,
 *   as MLflow 3 stores it; run_id defaults to the model's source run;
 * - `models:/<name>/<version>`: an existing version of this registry; its location, run and model carry over;
 * - `mlflow-artifacts:/…`: must lie inside the given model_id's, else the given run_id's artifacts; neither given
 *   is refused, since nothing then proves the path belongs to anyone.
 */
export async function resolveSource(
  input: { source: string; runId?: string; modelId?: string },
  tracking: TrackingLookup,
  reads: RegistryReads,
): Promise<ResolvedSource> {
  const { source } = input;
  const parsed = parseSource(source);
  const runOf = async (runId: string | undefined, parameter: 'run_id' | 'model_id' = 'run_id') => {
    if (!runId) return null;
    const run = await tracking.getRun(runId);
    if (!run) throw mustIdentify(source, parameter);
    return run;
  };
  const modelOf = async (modelId: string) => {
    const model = await tracking.getLoggedModel(modelId);
    if (!model) throw mustIdentify(source, 'model_id');
    return model;
  };

  switch (parsed.kind) {
    case 'run': {
      if (input.runId && input.runId !== parsed.runId) throw mustIdentify(source, 'run_id');
      const run = (await runOf(parsed.runId))!;
      const location = joinArtifactUri(run.artifactUri, parsed.path);
      const model = input.modelId ? await modelOf(input.modelId) : null;
      return { storageLocation: location, runId: run.runId, modelId: model?.modelId, run, model };
    }
    case 'logged-model': {
      if (input.modelId && input.modelId !== parsed.modelId) throw mustIdentify(source, 'model_id');
      const model = await modelOf(parsed.modelId);
      const runId = input.runId || model.sourceRunId;
      return { storageLocation: model.artifactLocation, runId, modelId: model.modelId, run: await runOf(runId), model };
    }
    case 'artifact': {
      const model = input.modelId ? await modelOf(input.modelId) : null;
      const run = await runOf(input.runId);
      const root = model?.artifactLocation ?? run?.artifactUri;
      if (!root) throw mustIdentify(source, 'run_id');
      if (!isInsideArtifactRoot(parsed.path, root)) throw mustIdentify(source, model ? 'model_id' : 'run_id');
      return { storageLocation: artifactUri(parsed.path), runId: run?.runId, modelId: model?.modelId, run, model };
    }
    case 'registered': {
      const version = await reads.getModelVersion(parsed.name, parseVersion(parsed.version));
      if (!version) {
        throw new NotFound('REGISTRY.VERSION_NOT_FOUND', `Model Version (name=${parsed.name}, version=${parsed.version}) not found`);
      }
      if ((input.runId && input.runId !== version.runId) || (input.modelId && input.modelId !== version.modelId)) {
        throw invalidSource(source, 'The run_id and model_id request parameters must match the referenced model version.');
      }
      const runId = input.runId || version.runId;
      const modelId = input.modelId || version.modelId;
      return {
        storageLocation: version.storageLocation,
        runId,
        modelId,
        // Lineage only: the version was checked when it was registered, so a run deleted since is no reason to refuse.
        run: runId ? await tracking.getRun(runId) : null,
        model: modelId ? await tracking.getLoggedModel(modelId) : null,
      };
    }
  }
}
