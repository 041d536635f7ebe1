import { requireValue } from '../domain/validation';
import { TrackingStore } from '../application/tracking-store';
import type { TrackingServiceHandlers } from './generated/cairn/tracking/v1/TrackingService';
import { contextFromMetadata } from '@cairn/platform';
import { datasetInput, metric, optionalInt64, orUndefined, positiveOrUndefined, runStatus, tags, viewType } from './from-proto';
import { metricMessage, runInfoMessage, runMessage } from './to-proto';
import { Wrap } from './wrap';

// Pick, not Omit: the generated handlers type has an index signature, which Omit would keep alone.
type RunHandlers = Pick<
  TrackingServiceHandlers,
  | 'CreateRun'
  | 'GetRun'
  | 'UpdateRun'
  | 'DeleteRun'
  | 'RestoreRun'
  | 'SearchRuns'
  | 'SetTag'
  | 'DeleteTag'
  | 'LogMetric'
  | 'LogParam'
  | 'LogBatch'
  | 'LogInputs'
  | 'GetMetricHistory'
>;

/** Run, logging and metric-history RPCs: convert, call the store, convert back; nothing else. */
export function runHandlers(store: TrackingStore, wrap: Wrap): RunHandlers {
  return {
    CreateRun: wrap(async (req, call) => {
      const run = await store.createRun(
        {
          experimentId: orUndefined(req.experiment_id),
          userId: orUndefined(req.user_id),
          runName: orUndefined(req.run_name),
          startTime: optionalInt64(req.start_time, 'start_time'),
          tags: tags(req.tags),
        },
        contextFromMetadata(call.metadata),
      );
      return { run: runMessage(run) };
    }),
    GetRun: wrap(async (req) => ({ run: runMessage(await store.getRun(req.run_id)) })),
    UpdateRun: wrap(async (req, call) => {
      const info = await store.updateRun(
        {
          runId: req.run_id,
          status: runStatus(req.status),
          endTime: optionalInt64(req.end_time, 'end_time'),
          runName: req.run_name ?? undefined,
        },
        contextFromMetadata(call.metadata),
      );
      return { run_info: runInfoMessage(info) };
    }),
    DeleteRun: wrap(async (req, call) => {
      await store.deleteRun(req.run_id, contextFromMetadata(call.metadata));
      return {};
    }),
    RestoreRun: wrap(async (req, call) => {
      await store.restoreRun(req.run_id, contextFromMetadata(call.metadata));
      return {};
    }),
    SearchRuns: wrap(async (req) => {
      const page = await store.searchRuns({
        experimentIds: req.experiment_ids,
        filter: orUndefined(req.filter),
        orderBy: req.order_by,
        viewType: viewType(req.view_type),
        maxResults: positiveOrUndefined(req.max_results),
        pageToken: orUndefined(req.page_token),
      });
      return { runs: page.items.map(runMessage), next_page_token: page.nextPageToken ?? '' };
    }),
    SetTag: wrap(async (req) => {
      await store.setTag(req.run_id, { key: req.key, value: req.value });
      return {};
    }),
    DeleteTag: wrap(async (req) => {
      await store.deleteTag(req.run_id, req.key);
      return {};
    }),
    LogMetric: wrap(async (req, call) => {
      const now = contextFromMetadata(call.metadata).now;
      await store.logMetric(req.run_id, metric(requireValue(req.metric, 'metric'), now));
      return {};
    }),
    LogParam: wrap(async (req) => {
      const param = requireValue(req.param, 'param');
      await store.logParam(req.run_id, { key: param.key, value: param.value });
      return {};
    }),
    LogBatch: wrap(async (req, call) => {
      const now = contextFromMetadata(call.metadata).now;
      await store.logBatch(req.run_id, {
        metrics: req.metrics.map((m) => metric(m, now)),
        params: tags(req.params),
        tags: tags(req.tags),
      });
      return {};
    }),
    LogInputs: wrap(async (req, call) => {
      await store.logInputs(req.run_id, req.datasets.map(datasetInput), contextFromMetadata(call.metadata));
      return {};
    }),
    GetMetricHistory: wrap(async (req) => {
      const page = await store.getMetricHistory({
        runId: req.run_id,
        metricKey: req.metric_key,
        maxResults: positiveOrUndefined(req.max_results),
        pageToken: orUndefined(req.page_token),
      });
      return { metrics: page.items.map(metricMessage), next_page_token: page.nextPageToken ?? '' };
    }),
  };
}
