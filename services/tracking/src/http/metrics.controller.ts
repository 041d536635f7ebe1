import { Controller, Get, Inject, Query } from '@nestjs/common';
import { z } from 'zod';
import { TrackingStore } from '../application/tracking-store';
import { TRACKING_STORE } from '../tokens';
import { MLFLOW_PREFIXES } from './routes';
import { int64, metricJson, metricWithRunIdJson, pageTokenJson, parseRequest, str, stringList } from './wire';

const GetHistory = z.object({
  run_id: str.optional(),
  run_uuid: str.optional(),
  metric_key: str.optional(),
  max_results: int64.optional(),
  page_token: str.optional(),
});
const Bulk = z.object({ run_id: stringList, metric_key: str.optional(), max_results: int64.optional() });
const BulkInterval = z.object({
  run_ids: stringList,
  metric_key: str.optional(),
  start_step: int64.optional(),
  end_step: int64.optional(),
  max_results: int64.optional(),
});

/** Metric history (the client's get_metric_history) and the sampled bulk history the UI charts. */
@Controller(MLFLOW_PREFIXES)
export class MetricsController {
  constructor(@Inject(TRACKING_STORE) private readonly store: TrackingStore) {}

  @Get('metrics/get-history')
  async history(@Query() query: unknown) {
    const req = parseRequest(GetHistory, query);
    const page = await this.store.getMetricHistory({
      runId: req.run_id || req.run_uuid,
      metricKey: req.metric_key,
      maxResults: req.max_results,
      pageToken: req.page_token,
    });
    return { metrics: page.items.map(metricJson), ...pageTokenJson(page.nextPageToken) };
  }

  @Get('metrics/get-history-bulk')
  async bulk(@Query() query: unknown) {
    const req = parseRequest(Bulk, query);
    const metrics = await this.store.getMetricHistoryBulk({ runIds: req.run_id, metricKey: req.metric_key, maxResults: req.max_results });
    return { metrics: metrics.map(metricWithRunIdJson) };
  }

  @Get('metrics/get-history-bulk-interval')
  async bulkInterval(@Query() query: unknown) {
    const req = parseRequest(BulkInterval, query);
    const metrics = await this.store.getMetricHistoryBulkInterval({
      runIds: req.run_ids,
      metricKey: req.metric_key,
      startStep: req.start_step,
      endStep: req.end_step,
      maxResults: req.max_results,
    });
    return { metrics: metrics.map(metricWithRunIdJson) };
  }
}
