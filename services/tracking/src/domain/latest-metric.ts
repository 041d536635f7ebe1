import { Metric } from './model';

/**
 * MLflow's latest-metric rule: a point replaces the latest when its (step, timestamp, value) is greater, compared
 * in that order. NaN compares greater than every number, as PostgreSQL orders float8, so SQL and this agree.
 */
function compareValue(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) === Number.isNaN(b) ? 0 : Number.isNaN(a) ? 1 : -1;
  return a === b ? 0 : a > b ? 1 : -1;
}

export function isNewerMetric(candidate: Metric, current: Metric): boolean {
  if (candidate.step !== current.step) return candidate.step > current.step;
  if (candidate.timestamp !== current.timestamp) return candidate.timestamp > current.timestamp;
  return compareValue(candidate.value, current.value) > 0;
}

/** The latest point per key among `metrics` (a batch is reduced before one upsert per key). */
export function latestPerKey(metrics: Metric[]): Metric[] {
  const latest = new Map<string, Metric>();
  for (const metric of metrics) {
    const current = latest.get(metric.key);
    if (!current || isNewerMetric(metric, current)) latest.set(metric.key, metric);
  }
  return [...latest.values()];
}
