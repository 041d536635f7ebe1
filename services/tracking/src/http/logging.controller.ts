import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { z } from 'zod';
import { TrackingStore } from '../application/tracking-store';
import { TRACKING_STORE } from '../tokens';
import { MLFLOW_PREFIXES } from './routes';
import { double, int64, parseRequest, str, tagList, toTags } from './wire';

const RunRef = { run_id: str.optional(), run_uuid: str.optional() };
const MetricFields = { key: str.optional(), value: double.optional(), timestamp: int64.optional(), step: int64.optional() };
const LogMetric = z.object({ ...RunRef, ...MetricFields });
const KeyValue = z.object({ ...RunRef, key: str.optional(), value: str.optional() });
const DeleteTag = z.object({ run_id: str.optional(), key: str.optional() });
const LogBatch = z.object({
  run_id: str.optional(),
  metrics: z.array(z.object(MetricFields)).optional().default([]),
  params: tagList,
  tags: tagList,
});

type MetricInput = { key?: string; value?: number; timestamp?: number; step?: number };
const toMetric = (m: MetricInput, now: number) => ({
  key: m.key ?? '',
  value: m.value as number,
  timestamp: m.timestamp ?? now,
  step: m.step ?? 0,
});
const runIdOf = (req: { run_id?: string; run_uuid?: string }) => req.run_id || req.run_uuid;

/** Logging endpoints: metrics, params, tags and log-batch all go through the store's atomic batch write. */
@Controller(MLFLOW_PREFIXES)
export class LoggingController {
  constructor(@Inject(TRACKING_STORE) private readonly store: TrackingStore) {}

  @Post('runs/log-metric')
  @HttpCode(200)
  async logMetric(@Body() body: unknown) {
    const req = parseRequest(LogMetric, body);
    await this.store.logMetric(runIdOf(req), toMetric(req, Date.now()));
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
    const req = parseRequest(LogBatch, body);
    const now = Date.now();
    await this.store.logBatch(req.run_id, {
      metrics: req.metrics.map((m) => toMetric(m, now)),
      params: toTags(req.params),
      tags: toTags(req.tags),
    });
    return {};
  }
}
