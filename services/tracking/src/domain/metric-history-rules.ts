import { InvalidArgument } from '@cairn/contracts';
import { LIMITS } from './limits';
import { Metric } from './model';
import { requireValue } from './validation';

/**
 * Request rules of the UI's bulk metric-history endpoints, with the messages of MLflow 3's handlers
 * (mlflow/server/handlers.py: get_metric_history_bulk_handler, get_metric_history_bulk_interval_handler).
 */
const API_DOCS = ' See the API docs for more information about request parameters.';
const invalid = (code: string, message: string): never => {
  throw new InvalidArgument(`TRACKING.${code}`, message);
};

export interface BulkHistoryQuery {
  runIds?: string[];
  metricKey?: string;
  maxResults?: number;
}

/** get-history-bulk: 1..100 run ids and a metric key; max_results is capped (not rejected) at 25,000. */
export function validateBulkHistoryQuery(query: BulkHistoryQuery): { runIds: string[]; key: string; maxResults: number } {
  const runIds = query.runIds ?? [];
  if (runIds.length === 0) invalid('MISSING_PARAMETER', 'GetMetricHistoryBulk request must specify at least one run_id.');
  if (runIds.length > LIMITS.bulkHistoryMaxRuns) {
    invalid(
      'TOO_MANY_RUNS',
      `GetMetricHistoryBulk request cannot specify more than ${LIMITS.bulkHistoryMaxRuns} run_ids. Received ${runIds.length} run_ids.`,
    );
  }
  if (query.metricKey === undefined) invalid('MISSING_PARAMETER', 'GetMetricHistoryBulk request must specify a metric_key.');
  const maxResults = Math.min(query.maxResults ?? LIMITS.metricHistoryMaxResults, LIMITS.metricHistoryMaxResults);
  return { runIds, key: query.metricKey as string, maxResults };
}

/** MLflow's order within one run of get-history-bulk: timestamp, then step, then value. */
export const byTimestampStepValue = (a: Metric, b: Metric): number =>
  a.timestamp - b.timestamp || a.step - b.step || a.value - b.value;

export interface BulkIntervalQuery extends BulkHistoryQuery {
  startStep?: number;
  endStep?: number;
}

/** get-history-bulk-interval: the schema checks (run_ids, metric_key, max_results) then the step range. */
export function validateBulkIntervalQuery(query: BulkIntervalQuery): { runIds: string[]; key: string; maxResults: number } {
  const runIds = requireValue(query.runIds?.length ? query.runIds : undefined, 'run_ids');
  if (runIds.length > LIMITS.bulkIntervalMaxRuns) {
    invalid(
      'TOO_MANY_RUNS',
      `GetMetricHistoryBulkInterval request must specify at most ${LIMITS.bulkIntervalMaxRuns} run_ids. Received ${runIds.length} run_ids.${API_DOCS}`,
    );
  }
  const key = requireValue(query.metricKey, 'metric_key');
  // MLflow's handler defaults to its MAX_RESULTS_PER_RUN (the UI always sends its own 320).
  const maxResults = query.maxResults ?? LIMITS.bulkIntervalMaxResults;
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > LIMITS.bulkIntervalMaxResults) {
    invalid('INVALID_MAX_RESULTS', `max_results must be between 1 and ${LIMITS.bulkIntervalMaxResults}.${API_DOCS}`);
  }
  const { startStep, endStep } = query;
  if ((startStep === undefined) !== (endStep === undefined)) {
    invalid('INVALID_STEP_RANGE', 'If either start step or end step are specified, both must be specified.');
  }
  if (startStep !== undefined && endStep !== undefined && startStep > endStep) {
    invalid('INVALID_STEP_RANGE', `end_step must be greater than start_step. Found start_step=${startStep} and end_step=${endStep}.`);
  }
  return { runIds, key, maxResults };
}

/**
 * Which of one run's points get-history-bulk-interval returns, as MLflow 3's SQL store samples them: the run's
 * points in range, ordered by step, timestamp and value, are cut into `maxResults` consecutive groups as even as
 * can be (the first `total % maxResults` one point longer, as SQL's NTILE cuts), and the first point of each group
 * is kept, except that the last group gives way to the run's very last point. So the first and last points (the
 * min and max step) always survive, at most `maxResults` points come back, and `maxResults` 1 keeps only the last.
 * With no more points than `maxResults`, all are kept. Returns ascending 0-based positions in that order.
 */
export function sampledPointIndices(total: number, maxResults: number): number[] {
  if (total <= 0) return [];
  const groups = Math.max(1, Math.floor(maxResults));
  if (total <= groups) return Array.from({ length: total }, (_, index) => index);
  const size = Math.floor(total / groups);
  const longer = total % groups;
  const firsts = Array.from({ length: groups - 1 }, (_, group) => group * size + Math.min(group, longer));
  return [...firsts, total - 1];
}
