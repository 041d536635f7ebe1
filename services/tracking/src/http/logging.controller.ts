import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { z } from 'zod';
import { LoggedModelsStore, ModelMetricInput } from '../application/logged-models-store';
import { TrackingStore } from '../application/tracking-store';
import { LOGGED_MODELS_STORE, TRACKING_STORE } from '../tokens';
import { requireValue } from '../domain/validation';
import { MLFLOW_PREFIXES } from './routes';
import { double, int64, parseRequest, str, tagList, toTags } from './wire';

const RunRef = { run_id: str.optional(), run_uuid: str.optional() };
const MetricFields = { key: str.optional(), value: double.optional(), timestamp: int64.optional(), step: int64.optional() };
// MLflow 3: a metric may also be linked to a logged model (and the dataset it was computed on).
const ModelLink = { model_id: str.optional(), dataset_name: str.optional(), dataset_digest: str.optional() };
const LogMetric = z.object({ ...RunRef, ...MetricFields, ...ModelLink });
const KeyValue = z.object({ ...RunRef, key: str.optional(), value: str.optional() });
const DeleteTag = z.object({ run_id: str.optional(), key: str.optional() });
const LogBatch = z.object({
  run_id: str.optional(),
  metrics: z.array(z.object({ ...MetricFields, ...ModelLink })).optional().default([]),
  params: tagList,
  tags: tagList,
});

type MetricInput = { key?: string; value?: number; timestamp?: number; step?: number };

/** MLflow's log-batch schema: each metric needs key, value and timestamp; each param and tag a key. */
function requireBatchFields(req: { metrics: MetricInput[]; params: Array<{ key?: string }>; tags: Array<{ key?: string }> }) {
  req.metrics.forEach((m, i) => {
    requireValue(m.key, `metrics[${i}].key`);
    requireValue(m.value, `metrics[${i}].value`);
    requireValue(m.timestamp, `metrics[${i}].timestamp`);
  });
  req.params.forEach((p, i) => requireValue(p.key, `params[${i}].key`));
  req.tags.forEach((t, i) => requireValue(t.key, `tags[${i}].key`));
}
const toMetric = (m: MetricInput, now: number) => ({
  key: m.key ?? '',
  value: m.value as number,
  timestamp: m.timestamp ?? now,
  step: m.step ?? 0,
});
const runIdOf = (req: { run_id?: string; run_uuid?: string }) => req.run_id || req.run_uuid;

type LinkInput = MetricInput & { model_id?: string; dataset_name?: string; dataset_digest?: string };
/** The points that name a logged model, for LoggedModelsStore.logModelMetrics. */
const modelMetrics = (metrics: LinkInput[], now: number): ModelMetricInput[] =>
  metrics
    .filter((m) => m.model_id)
    .map((m) => ({ ...toMetric(m, now), modelId: m.model_id!, datasetName: m.dataset_name, datasetDigest: m.dataset_digest }));

/** Logging endpoints: metrics, params, tags and log-batch all go through the store's atomic batch write. */
@Controller(MLFLOW_PREFIXES)
export class LoggingController {
  constructor(
    @Inject(TRACKING_STORE) private readonly store: TrackingStore,
    @Inject(LOGGED_MODELS_STORE) private readonly models: LoggedModelsStore,
  ) {}

  @Post('runs/log-metric')
  @HttpCode(200)
  async logMetric(@Body() body: unknown) {
    const req = parseRequest(LogMetric, body);
    const now = Date.now();
    await this.store.logMetric(runIdOf(req), toMetric(req, now));
    await this.models.logModelMetrics(runIdOf(req), modelMetrics([req], now));
    return {};
  }

  @Post('runs/log-parameter')
  @HttpCode(200)
  async logParam(@Body() body: unknown) {
    const req = parseRequest(KeyValue, body);
    await this.store.logParam(runIdOf(req), { key: req.key, value: req.value });
    return {};
  }

  @Post('runs/set-tag')
  @HttpCode(200)
  async setTag(@Body() body: unknown) {
    const req = parseRequest(KeyValue, body);
    await this.store.setTag(runIdOf(req), { key: req.key, value: req.value });
    return {};
  }

  @Post('runs/delete-tag')
  @HttpCode(200)
  async deleteTag(@Body() body: unknown) {
    const req = parseRequest(DeleteTag, body);
    await this.store.deleteTag(req.run_id, req.key);
    return {};
  }

  @Post('runs/log-batch')
  @HttpCode(200)
  async logBatch(@Body() body: unknown) {
    const req = parseRequest(LogBatch, body, ['run_id']);
    requireBatchFields(req);
    const now = Date.now();
    await this.store.logBatch(req.run_id, {
      metrics: req.metrics.map((m) => toMetric(m, now)),
      params: toTags(req.params),
      tags: toTags(req.tags),
    });
    await this.models.logModelMetrics(req.run_id, modelMetrics(req.metrics, now));
    return {};
  }
}
