import { randomUUID } from 'node:crypto';
import { InvalidArgument } from '@cairn/contracts';
import {
  decideFinalize,
  LoggedModel,
  LoggedModelMetric,
  LoggedModelStatus,
  modelArtifactLocation,
  modelLogged,
  newModelId,
  validateModelEntry,
  validateModelName,
} from '../domain/logged-model';
import { LIMITS } from '../domain/limits';
import { Param, Tag } from '../domain/model';
import { decodePageToken, encodePageToken } from '../domain/page-token';
import { requireActiveExperiment, requireActiveRun } from '../domain/run-lifecycle';
import { generateRunName } from '../domain/run-names';
import { LoggedModelOrderInput, parseLoggedModelFilter, parseLoggedModelOrderBy } from '../domain/search/logged-model-filter';
import { requireValue, validateMaxResults, validateMetric } from '../domain/validation';
import { experimentNotFound, loggedModelNotFound, loggedModelTagNotFound, runNotFound } from './errors';
import { LoggedModelsRepository } from './logged-model-ports';
import { CommandContext, TrackingRepository } from './ports';
import type { Paged } from './tracking-store';

/** MLflow's default page size for search_logged_models. */
const SEARCH_DEFAULT = 100;

export interface ModelMetricInput {
  key: string;
  value: number;
  timestamp: number;
  step: number;
  modelId: string;
  datasetName?: string;
  datasetDigest?: string;
}

/**
 * The logged-model use cases (MLflow 3), protocol-neutral like TrackingStore. Experiments and runs are read
 * through the tracking repository; models through their own port.
 */
export class LoggedModelsStore {
  constructor(
    private readonly models: LoggedModelsRepository,
    private readonly tracking: TrackingRepository,
  ) {}

  async createLoggedModel(
    command: { experimentId?: string; name?: string; modelType?: string; sourceRunId?: string; params?: Param[]; tags?: Tag[] },
    context: CommandContext,
  ): Promise<LoggedModel> {
    const experimentId = parseExperimentId(requireValue(command.experimentId || undefined, 'experiment_id'));
    const experiment = await this.tracking.getExperiment(experimentId);
    if (!experiment) throw experimentNotFound(experimentId);
    requireActiveExperiment(experimentId, experiment.lifecycleStage);
    if (command.name) validateModelName(command.name);
    const params = dedupe(command.params ?? []);
    const tags = dedupe(command.tags ?? []);
    params.forEach((p) => validateModelEntry('param', p));
    tags.forEach((t) => validateModelEntry('tag', t));
    const sourceRunId = command.sourceRunId || null;
    // The run must exist: its stream receives ModelLogged and runs:/ URIs resolve through it.
    if (sourceRunId && !(await this.tracking.getRunInfo(sourceRunId))) throw runNotFound(sourceRunId);
    const modelId = newModelId(randomUUID().replace(/-/g, ''));
    const model: LoggedModel = {
      modelId,
      experimentId,
      name: command.name || generateRunName(Math.random),
      artifactLocation: modelArtifactLocation(experiment.artifactLocation, modelId),
      creationTimestampMs: context.now,
      lastUpdatedTimestampMs: context.now,
      status: 'PENDING',
      statusMessage: null,
      modelType: command.modelType || null,
      sourceRunId,
      lifecycleStage: 'active',
      tags,
      params,
      metrics: [],
    };
    await this.models.createModel(model, modelLogged(model, eventMetadata(context)));
    return model;
  }

  async getLoggedModel(modelId: string | undefined, allowDeleted = false): Promise<LoggedModel> {
    const id = requireValue(modelId || undefined, 'model_id');
    const model = await this.models.getModel(id, allowDeleted);
    if (!model) throw loggedModelNotFound(id);
    return model;
  }

  async finalizeLoggedModel(
    modelId: string | undefined,
    status: LoggedModelStatus | 'UNSPECIFIED' | undefined,
    context: CommandContext,
  ): Promise<LoggedModel> {
    const id = requireValue(modelId || undefined, 'model_id');
    const target = requireValue(status, 'status');
    const updated = await this.models.updateStatus(id, (current) => decideFinalize(current, target), context.now);
    if (!updated) throw loggedModelNotFound(id);
    return updated;
  }

  async deleteLoggedModel(modelId: string | undefined, context: CommandContext): Promise<void> {
    const model = await this.getLoggedModel(modelId);
    await this.models.setLifecycle(model.modelId, 'deleted', context.now);
  }

  async setLoggedModelTags(modelId: string | undefined, tags: Tag[], context: CommandContext): Promise<void> {
    const model = await this.getLoggedModel(modelId);
    const valid = dedupe(tags);
    valid.forEach((t) => validateModelEntry('tag', t));
    await this.models.setTags(model.modelId, valid, context.now);
  }

  async deleteLoggedModelTag(modelId: string | undefined, key: string | undefined): Promise<void> {
    const model = await this.getLoggedModel(modelId);
    const tagKey = requireValue(key || undefined, 'tag_key');
    if (!(await this.models.deleteTag(model.modelId, tagKey))) throw loggedModelTagNotFound(model.modelId, tagKey);
  }

  async logLoggedModelParams(modelId: string | undefined, params: Param[]): Promise<void> {
    const model = await this.getLoggedModel(modelId);
    params.forEach((p) => validateModelEntry('param', p));
    if (params.length > LIMITS.maxParamsTagsPerBatch) {
      throw new InvalidArgument('TRACKING.TOO_MANY_PARAMS', `A request can log at most ${LIMITS.maxParamsTagsPerBatch} params.`);
    }
    if (params.length > 0) await this.models.logParams(model.modelId, params);
  }

  async searchLoggedModels(query: {
    experimentIds?: string[];
    filter?: string;
    datasets?: Array<{ datasetName?: string; datasetDigest?: string }>;
    orderBy?: LoggedModelOrderInput[];
    maxResults?: number;
    pageToken?: string;
  }): Promise<Paged<LoggedModel>> {
    const experimentIds = (query.experimentIds ?? []).map(parseExperimentId);
    if (experimentIds.length === 0) {
      throw new InvalidArgument('TRACKING.MISSING_PARAMETER', "Missing value for required parameter 'experiment_ids'.");
    }
    const datasets = (query.datasets ?? []).map((d) => {
      if (!d.datasetName) {
        throw new InvalidArgument('TRACKING.INVALID_DATASET', '`dataset_name` in the `datasets` clause must be specified.');
      }
      return { name: d.datasetName, digest: d.datasetDigest || undefined };
    });
    const limit = validateMaxResults(query.maxResults || undefined, SEARCH_DEFAULT, LIMITS.searchMaxResultsThreshold);
    const offset = decodePageToken(query.pageToken);
    const page = await this.models.search({
      experimentIds,
      clauses: parseLoggedModelFilter(query.filter),
      datasets,
      orderBy: parseLoggedModelOrderBy(query.orderBy),
      offset,
      limit,
    });
    return page.more ? { items: page.items, nextPageToken: encodePageToken(offset + limit) } : { items: page.items };
  }

  /**
   * log-batch / log-metric with `model_id`: the run's points were written by TrackingStore.logBatch; here the
   * same points are linked to their models (MLflow writes both, in two steps too).
   */
  async logModelMetrics(runId: string | undefined, metrics: ModelMetricInput[]): Promise<void> {
    if (metrics.length === 0) return;
    const id = requireValue(runId || undefined, 'run_id');
    const run = await this.tracking.getRunInfo(id);
    if (!run) throw runNotFound(id);
    requireActiveRun(id, run.lifecycleStage);
    metrics.forEach(validateMetric);
    await this.requireModels(metrics.map((m) => m.modelId));
    const rows: LoggedModelMetric[] = metrics.map((m) => ({
      key: m.key,
      value: m.value,
      timestamp: m.timestamp,
      step: m.step,
      modelId: m.modelId,
      runId: id,
      datasetName: m.datasetName || null,
      datasetDigest: m.datasetDigest || null,
    }));
    await this.models.logMetrics(rows);
  }

  /** LogOutputs: records that the run produced these models. */
  async logOutputs(runId: string | undefined, outputs: Array<{ modelId?: string; step?: number }>): Promise<void> {
    const id = requireValue(runId || undefined, 'run_id');
    const run = await this.tracking.getRunInfo(id);
    if (!run) throw runNotFound(id);
    requireActiveRun(id, run.lifecycleStage);
    const valid = outputs.map((o) => ({ modelId: requireValue(o.modelId || undefined, 'models.model_id'), step: o.step ?? 0 }));
    await this.requireModels(valid.map((o) => o.modelId));
    if (valid.length > 0) await this.models.logOutputs(id, valid);
  }

  private async requireModels(modelIds: string[]): Promise<void> {
    const wanted = [...new Set(modelIds)];
    const found = await this.models.activeModelIds(wanted);
    const missing = wanted.find((modelId) => !found.has(modelId));
    if (missing) throw loggedModelNotFound(missing);
  }
}

function parseExperimentId(value: string): string {
  if (!/^\d{1,18}$/.test(value)) {
    throw new InvalidArgument('TRACKING.INVALID_EXPERIMENT_ID', `Invalid experiment ID: '${value}'`, { value });
  }
  return String(BigInt(value));
}

/** A repeated key keeps its last value, as MLflow's upsert does. */
function dedupe<T extends { key: string; value: string }>(entries: T[]): T[] {
  return [...new Map(entries.map((e) => [e.key, e])).values()];
}

function eventMetadata(context: CommandContext) {
  const { now, ...metadata } = context;
  return { ...metadata, occurredAt: new Date(now).toISOString() };
}
