import { randomUUID } from 'node:crypto';
import { InvalidArgument } from '@cairn/contracts';
import { LIMITS } from '../domain/limits';
import {
  DatasetInput,
  DEFAULT_EXPERIMENT_ID,
  Experiment,
  Metric,
  Run,
  RunInfo,
  RunStatus,
  runArtifactUri,
  TAG,
  Tag,
  ViewType,
} from '../domain/model';
import { BulkHistoryQuery, BulkIntervalQuery, byTimestampStepValue, validateBulkHistoryQuery, validateBulkIntervalQuery } from '../domain/metric-history-rules';
import { decodePageToken, encodePageToken } from '../domain/page-token';
import { datasetLogged, decideRunUpdate, runCreated, runStream } from '../domain/run-events';
import { requireActiveExperiment, requireActiveRun } from '../domain/run-lifecycle';
import { generateRunName } from '../domain/run-names';
import { parseExperimentFilter } from '../domain/search/experiment-filter';
import { parseExperimentOrderBy, parseRunOrderBy } from '../domain/search/order-by';
import { parseRunFilter } from '../domain/search/run-filter';
import {
  Batch,
  requireValue,
  validateBatch,
  validateExperimentName,
  validateExperimentTag,
  validateMaxResults,
  validateRunName,
  validateRunTag,
} from '../domain/validation';
import {
  defaultExperimentUndeletable,
  experimentExists,
  experimentNameNotFound,
  experimentNotFound,
  runNotFound,
  tagNotFound,
} from './errors';
import { CommandContext, DatasetSummary, MetricWithRunId, TrackingRepository } from './ports';
import { validateArtifactLocation } from '../artifacts/artifact-location';

export interface Paged<T> {
  items: T[];
  nextPageToken?: string;
}

/**
 * Tracking's protocol-neutral core: every use case the MLflow REST controllers (and later gRPC) call. It
 * validates, applies the domain rules and hands persistence to the repository port.
 */
export class TrackingStore {
  constructor(
    private readonly repository: TrackingRepository,
    /** CAIRN_ARTIFACT_ROOT: an experiment's artifact_location must stay inside it (CVE-2024-1483). */
    private readonly artifactRoot: string,
  ) {}

  // ---- experiments -------------------------------------------------------------------------------------------

  async createExperiment(
    command: { name?: string; artifactLocation?: string; tags?: Tag[] },
    context: CommandContext,
  ): Promise<string> {
    const name = validateExperimentName(requireValue(command.name, 'name'));
    const tags = command.tags ?? [];
    tags.forEach(validateExperimentTag);
    const location = command.artifactLocation ? validateArtifactLocation(command.artifactLocation, this.artifactRoot) : undefined;
    if (await this.repository.getExperimentByName(name)) throw experimentExists(name);
    return this.repository.createExperiment(name, location, tags, context.now);
  }

  async getExperiment(experimentId: string | undefined): Promise<Experiment> {
    const id = parseExperimentId(requireValue(experimentId, 'experiment_id'));
    const experiment = await this.repository.getExperiment(id);
    if (!experiment) throw experimentNotFound(id);
    return experiment;
  }

  async getExperimentByName(name: string | undefined): Promise<Experiment> {
    const experiment = await this.repository.getExperimentByName(requireValue(name, 'experiment_name'));
    if (!experiment) throw experimentNameNotFound(name!);
    return experiment;
  }

  async searchExperiments(query: {
    filter?: string;
    orderBy?: string[];
    viewType?: ViewType;
    maxResults?: number;
    pageToken?: string;
  }): Promise<Paged<Experiment>> {
    const limit = validateMaxResults(query.maxResults, LIMITS.searchMaxResultsDefault, LIMITS.searchMaxResultsThreshold);
    const offset = decodePageToken(query.pageToken);
    const page = await this.repository.searchExperiments({
      clauses: parseExperimentFilter(query.filter),
      orderBy: parseExperimentOrderBy(query.orderBy),
      viewType: query.viewType ?? 'ACTIVE_ONLY',
      offset,
      limit,
    });
    return paged(page.items, page.more, offset + limit);
  }

  async deleteExperiment(experimentId: string | undefined, context: CommandContext): Promise<void> {
    const experiment = await this.getExperiment(experimentId);
    if (experiment.experimentId === DEFAULT_EXPERIMENT_ID) throw defaultExperimentUndeletable();
    await this.repository.setExperimentLifecycle(experiment.experimentId, 'deleted', context.now);
  }

  async restoreExperiment(experimentId: string | undefined, context: CommandContext): Promise<void> {
    const experiment = await this.getExperiment(experimentId);
    await this.repository.setExperimentLifecycle(experiment.experimentId, 'active', context.now);
  }

  async renameExperiment(experimentId: string | undefined, newName: string | undefined, context: CommandContext) {
    const experiment = await this.getExperiment(experimentId);
    const name = validateExperimentName(newName);
    if (experiment.lifecycleStage !== 'active') {
      throw new InvalidArgument('TRACKING.EXPERIMENT_NOT_ACTIVE', 'Cannot rename a non-active experiment.');
    }
    if (name === experiment.name) return;
    if (await this.repository.getExperimentByName(name)) throw experimentExists(name);
    await this.repository.renameExperiment(experiment.experimentId, name, context.now);
  }

  async setExperimentTag(experimentId: string | undefined, tag: { key?: string; value?: string }): Promise<void> {
    const experiment = await this.getExperiment(experimentId);
    requireActiveExperiment(experiment.experimentId, experiment.lifecycleStage);
    const valid = { key: requireValue(tag.key, 'key'), value: tag.value ?? '' };
    validateExperimentTag(valid);
    await this.repository.setExperimentTag(experiment.experimentId, valid);
  }

  async deleteExperimentTag(experimentId: string | undefined, key: string | undefined): Promise<void> {
    const experiment = await this.getExperiment(experimentId);
    requireActiveExperiment(experiment.experimentId, experiment.lifecycleStage);
    const tagKey = requireValue(key, 'key');
    if (!(await this.repository.deleteExperimentTag(experiment.experimentId, tagKey))) {
      throw tagNotFound('experiment', experiment.experimentId, tagKey);
    }
  }

  // ---- runs --------------------------------------------------------------------------------------------------

  async createRun(
    command: { experimentId?: string; userId?: string; runName?: string; startTime?: number; tags?: Tag[] },
    context: CommandContext,
  ): Promise<Run> {
    const experiment = await this.getExperiment(command.experimentId ?? DEFAULT_EXPERIMENT_ID);
    requireActiveExperiment(experiment.experimentId, experiment.lifecycleStage);
    const tags = [...(command.tags ?? [])];
    tags.forEach(validateRunTag);
    const nameTag = tags.find((tag) => tag.key === TAG.runName)?.value;
    if (command.runName && nameTag && command.runName !== nameTag) {
      throw new InvalidArgument(
        'TRACKING.RUN_NAME_MISMATCH',
        `Both 'run_name' argument and 'mlflow.runName' tag are specified, but with different values (run_name='${command.runName}', mlflow.runName='${nameTag}').`,
      );
    }
    const runName = command.runName || nameTag || generateRunName(Math.random);
    validateRunName(runName);
    if (!nameTag) tags.push({ key: TAG.runName, value: runName });
    const runId = randomUUID().replace(/-/g, '');
    const info: RunInfo = {
      runId,
      runName,
      experimentId: experiment.experimentId,
      userId: command.userId ?? '',
      status: 'RUNNING',
      startTime: command.startTime ?? context.now,
      endTime: null,
      artifactUri: runArtifactUri(experiment.artifactLocation, runId),
      lifecycleStage: 'active',
    };
    const parent = tags.find((tag) => tag.key === TAG.parentRunId)?.value;
    await this.repository.createRun(info, dedupeTags(tags), [runCreated(info, parent, eventMetadata(context))]);
    return { info, data: { metrics: [], params: [], tags: dedupeTags(tags) }, inputs: { datasetInputs: [] } };
  }

  async getRun(runId: string | undefined): Promise<Run> {
    const id = requireValue(runId, 'run_id');
    const run = await this.repository.getRun(id);
    if (!run) throw runNotFound(id);
    return run;
  }

  private async activeRun(runId: string | undefined): Promise<RunInfo> {
    const id = requireValue(runId, 'run_id');
    const info = await this.repository.getRunInfo(id);
    if (!info) throw runNotFound(id);
    requireActiveRun(id, info.lifecycleStage);
    return info;
  }

  async updateRun(
    command: { runId?: string; status?: RunStatus; endTime?: number; runName?: string },
    context: CommandContext,
  ): Promise<RunInfo> {
    const runId = (await this.activeRun(command.runId)).runId;
    if (command.runName !== undefined) validateRunName(command.runName);
    const updated = await this.repository.updateRun(runId, (previous) =>
      decideRunUpdate(previous, command, eventMetadata(context)),
    );
    if (!updated) throw runNotFound(runId);
    return updated;
  }

  async deleteRun(runId: string | undefined, context: CommandContext): Promise<void> {
    const info = await this.getRunInfo(runId);
    await this.repository.setRunLifecycle(info.runId, 'deleted', context.now);
  }

  async restoreRun(runId: string | undefined, context: CommandContext): Promise<void> {
    const info = await this.getRunInfo(runId);
    await this.repository.setRunLifecycle(info.runId, 'active', context.now);
  }

  private async getRunInfo(runId: string | undefined): Promise<RunInfo> {
    const id = requireValue(runId, 'run_id');
    const info = await this.repository.getRunInfo(id);
    if (!info) throw runNotFound(id);
    return info;
  }

  async logBatch(runId: string | undefined, batch: Batch): Promise<void> {
    validateBatch(batch);
    if (batch.metrics.length + batch.params.length + batch.tags.length === 0) {
      await this.activeRun(runId);
      return;
    }
    // The write checks the run itself (one round trip on the hot path) and reports what it found.
    const id = requireValue(runId, 'run_id');
    const stage = await this.repository.logBatch(id, batch);
    if (stage === null) throw runNotFound(id);
    requireActiveRun(id, stage);
  }

  async logMetric(runId: string | undefined, metric: Metric): Promise<void> {
    await this.logBatch(runId, { metrics: [metric], params: [], tags: [] });
  }

  async logParam(runId: string | undefined, param: { key?: string; value?: string }): Promise<void> {
    const valid = { key: requireValue(param.key, 'key'), value: param.value ?? '' };
    await this.logBatch(runId, { metrics: [], params: [valid], tags: [] });
  }

  async setTag(runId: string | undefined, tag: { key?: string; value?: string }): Promise<void> {
    const valid = { key: requireValue(tag.key, 'key'), value: tag.value ?? '' };
    validateRunTag(valid);
    const info = await this.activeRun(runId);
    if (valid.key === TAG.runName) {
      await this.repository.updateRun(info.runId, (previous) => ({ next: { ...previous, runName: valid.value }, events: [] }));
      return;
    }
    await this.logBatch(info.runId, { metrics: [], params: [], tags: [valid] });
  }

  async deleteTag(runId: string | undefined, key: string | undefined): Promise<void> {
    const info = await this.activeRun(runId);
    const tagKey = requireValue(key, 'key');
    if (!(await this.repository.deleteTag(info.runId, tagKey))) throw tagNotFound('run', info.runId, tagKey);
  }

  async searchRuns(query: {
    experimentIds?: string[];
    filter?: string;
    orderBy?: string[];
    viewType?: ViewType;
    maxResults?: number;
    pageToken?: string;
  }): Promise<Paged<Run>> {
    const limit = validateMaxResults(query.maxResults, LIMITS.searchMaxResultsDefault, LIMITS.searchMaxResultsThreshold);
    const offset = decodePageToken(query.pageToken);
    const clauses = parseRunFilter(query.filter);
    const orderBy = parseRunOrderBy(query.orderBy);
    const experimentIds = (query.experimentIds ?? []).map(parseExperimentId);
    if (experimentIds.length === 0) return { items: [] };
    const page = await this.repository.searchRuns({
      experimentIds,
      clauses,
      orderBy,
      viewType: query.viewType ?? 'ACTIVE_ONLY',
      offset,
      limit,
    });
    return paged(page.items, page.more, offset + limit);
  }

  async getMetricHistory(query: {
    runId?: string;
    metricKey?: string;
    maxResults?: number;
    pageToken?: string;
  }): Promise<Paged<Metric>> {
    const info = await this.getRunInfo(query.runId);
    const key = requireValue(query.metricKey, 'metric_key');
    const limit = validateMaxResults(query.maxResults, LIMITS.metricHistoryMaxResults, LIMITS.metricHistoryMaxResults);
    const offset = decodePageToken(query.pageToken);
    const page = await this.repository.metricHistory(info.runId, key, offset, limit);
    return paged(page.items, page.more, offset + limit);
  }

  /** The UI's get-history-bulk: every point of one metric for up to 100 runs, by run id then timestamp. */
  async getMetricHistoryBulk(query: BulkHistoryQuery): Promise<MetricWithRunId[]> {
    const { runIds, key, maxResults } = validateBulkHistoryQuery(query);
    const metrics: MetricWithRunId[] = [];
    for (const runId of [...runIds].sort()) {
      if (metrics.length >= maxResults) break;
      const info = await this.getRunInfo(runId);
      const page = await this.repository.metricHistory(info.runId, key, 0, LIMITS.metricHistoryMaxResults);
      metrics.push(...page.items.sort(byTimestampStepValue).map((m) => ({ ...m, runId: info.runId })));
    }
    return metrics.slice(0, maxResults);
  }

  async getMetricHistoryBulkInterval(query: BulkIntervalQuery): Promise<MetricWithRunId[]> {
    const { runIds, key, maxResults } = validateBulkIntervalQuery(query);
    for (const runId of runIds) await this.getRunInfo(runId);
    return this.repository.metricHistoryBulkInterval(runIds, key, query.startStep, query.endStep, maxResults);
  }

  /** The UI's search-datasets (MLflow's SearchDatasets): at most 1,000 summaries over 1..20 experiments. */
  async searchDatasets(experimentIds: string[] | undefined): Promise<DatasetSummary[]> {
    const ids = experimentIds ?? [];
    if (ids.length === 0) {
      throw new InvalidArgument('TRACKING.MISSING_PARAMETER', 'SearchDatasets request must specify at least one experiment_id.');
    }
    if (ids.length > LIMITS.searchDatasetsMaxExperiments) {
      throw new InvalidArgument(
        'TRACKING.TOO_MANY_EXPERIMENTS',
        `SearchDatasets request cannot specify more than ${LIMITS.searchDatasetsMaxExperiments} experiment_ids. Received ${ids.length} experiment_ids.`,
      );
    }
    return this.repository.datasetSummaries(ids.map(parseExperimentId), LIMITS.searchDatasetsMaxResults);
  }

  async logInputs(runId: string | undefined, inputs: DatasetInput[], context: CommandContext): Promise<void> {
    const info = await this.activeRun(runId);
    if (inputs.length > LIMITS.maxDatasetInputsPerRequest) {
      throw new InvalidArgument(
        'TRACKING.TOO_MANY_INPUTS',
        `A logging request can contain at most ${LIMITS.maxDatasetInputsPerRequest} dataset inputs.`,
      );
    }
    for (const input of inputs) {
      requireValue(input.dataset.name, 'dataset.name');
      requireValue(input.dataset.digest, 'dataset.digest');
      input.tags.forEach(validateRunTag);
    }
    const metadata = eventMetadata(context);
    await this.repository.logInputs(info, inputs, (fresh) =>
      fresh.map((input) =>
        datasetLogged(info.runId, input.dataset, input.tags.find((t) => t.key === TAG.datasetContext)?.value, metadata),
      ),
    );
  }
}

export { runStream };

function paged<T>(items: T[], more: boolean, nextOffset: number): Paged<T> {
  return more ? { items, nextPageToken: encodePageToken(nextOffset) } : { items };
}

function parseExperimentId(value: string): string {
  if (!/^\d{1,18}$/.test(value)) {
    throw new InvalidArgument('TRACKING.INVALID_EXPERIMENT_ID', `Invalid experiment ID: '${value}'`, { value });
  }
  return String(BigInt(value));
}

function dedupeTags(tags: Tag[]): Tag[] {
  return [...new Map(tags.map((tag) => [tag.key, tag])).values()];
}

function eventMetadata(context: CommandContext) {
  const { now, ...metadata } = context;
  return { ...metadata, occurredAt: new Date(now).toISOString() };
}
