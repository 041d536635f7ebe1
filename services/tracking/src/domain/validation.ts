import { InvalidArgument } from '@cairn/contracts';
import { LIMITS } from './limits';
import { Metric, Param, Tag } from './model';

/**
 * Validation rules with MLflow's messages (mlflow/utils/validation.py). Pure: every function either returns
 * or throws InvalidArgument (→ 400 INVALID_PARAMETER_VALUE).
 */
const KEY_PATTERN = /^[/\w.\- :]*$/;

function invalid(code: string, message: string, context: Record<string, unknown> = {}): never {
  throw new InvalidArgument(`TRACKING.${code}`, message, context);
}

export function requireValue<T>(value: T | undefined | null, name: string): T {
  if (value === undefined || value === null || value === '') {
    invalid(
      'MISSING_PARAMETER',
      `Missing value for required parameter '${name}'. See the API docs for more information about request parameters.`,
      { parameter: name },
    );
  }
  return value;
}

export function validateKey(kind: 'metric' | 'param' | 'tag', key: string): void {
  requireValue(key, 'key');
  if (!KEY_PATTERN.test(key)) {
    invalid(
      'INVALID_KEY',
      `Invalid ${kind} name: '${key}'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colon(:) and slashes (/).`,
      { key },
    );
  }
  if (key === '.' || key === '..' || key.startsWith('/') || key.split('/').includes('..')) {
    invalid('INVALID_KEY', `Invalid ${kind} name: '${key}'. Names cannot be a path, start with '/' or contain '..'.`, {
      key,
    });
  }
  if (key.length > LIMITS.maxEntityKeyLength) {
    invalid('KEY_TOO_LONG', `'${key}' exceeds the maximum length of ${LIMITS.maxEntityKeyLength} characters`, { key });
  }
}

function validateLength(kind: string, key: string, value: string, limit: number): void {
  if (value.length > limit) {
    invalid(
      'VALUE_TOO_LONG',
      `${kind} value '${value.slice(0, 50)}...' had length ${value.length}, which exceeded length limit of ${limit}`,
      { key, length: value.length, limit },
    );
  }
}

export function validateParam(param: Param): void {
  validateKey('param', param.key);
  validateLength('Param', param.key, param.value, LIMITS.maxParamValueLength);
}

export function validateRunTag(tag: Tag): void {
  validateKey('tag', tag.key);
  validateLength('Tag', tag.key, tag.value, LIMITS.maxTagValueLength);
}

export function validateExperimentTag(tag: Tag): void {
  validateKey('tag', tag.key);
  validateLength('Tag', tag.key, tag.value, LIMITS.maxExperimentTagValueLength);
}

export function validateMetric(metric: Metric): void {
  validateKey('metric', metric.key);
  if (typeof metric.value !== 'number') {
    invalid('INVALID_METRIC_VALUE', `Got invalid value ${String(metric.value)} for metric '${metric.key}'`);
  }
  if (!Number.isInteger(metric.timestamp)) {
    invalid('INVALID_METRIC_TIMESTAMP', `Got invalid timestamp ${metric.timestamp} for metric '${metric.key}'`);
  }
  if (!Number.isInteger(metric.step)) {
    invalid('INVALID_METRIC_STEP', `Got invalid step ${metric.step} for metric '${metric.key}'`);
  }
}

export function validateExperimentName(name: string | undefined): string {
  if (name === undefined || name === null || name.trim() === '') {
    invalid('INVALID_EXPERIMENT_NAME', 'Invalid experiment name: \'\'. Experiment name must be a non-empty string.');
  }
  if (name.length > LIMITS.maxExperimentNameLength) {
    invalid(
      'INVALID_EXPERIMENT_NAME',
      `Experiment name exceeds the maximum length of ${LIMITS.maxExperimentNameLength} characters`,
    );
  }
  return name;
}

export function validateRunName(name: string): void {
  if (name.length > LIMITS.maxRunNameLength) {
    invalid('INVALID_RUN_NAME', `Run name '${name.slice(0, 50)}...' exceeds the maximum length of ${LIMITS.maxRunNameLength}`);
  }
}

export function validateMaxResults(value: number | undefined, fallback: number, threshold: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > threshold) {
    invalid(
      'INVALID_MAX_RESULTS',
      `Invalid value ${value} for parameter 'max_results' supplied. It must be a positive integer at most ${threshold}`,
      { value, threshold },
    );
  }
  return value;
}

export interface Batch {
  metrics: Metric[];
  params: Param[];
  tags: Tag[];
}

/** log-batch's limits, then each entity, then duplicate param keys with differing values. */
export function validateBatch(batch: Batch): void {
  const { metrics, params, tags } = batch;
  if (metrics.length > LIMITS.maxMetricsPerBatch) {
    invalid(
      'BATCH_TOO_LARGE',
      `A batch logging request can contain at most ${LIMITS.maxMetricsPerBatch} metrics. Got ${metrics.length} metrics. Please split up metrics across multiple requests and try again.`,
    );
  }
  if (params.length > LIMITS.maxParamsTagsPerBatch) {
    invalid(
      'BATCH_TOO_LARGE',
      `A batch logging request can contain at most ${LIMITS.maxParamsTagsPerBatch} params. Got ${params.length} params. Please split up params across multiple requests and try again.`,
    );
  }
  if (tags.length > LIMITS.maxParamsTagsPerBatch) {
    invalid(
      'BATCH_TOO_LARGE',
      `A batch logging request can contain at most ${LIMITS.maxParamsTagsPerBatch} tags. Got ${tags.length} tags. Please split up tags across multiple requests and try again.`,
    );
  }
  const total = metrics.length + params.length + tags.length;
  if (total > LIMITS.maxEntitiesPerBatch) {
    invalid(
      'BATCH_TOO_LARGE',
      `A batch logging request can contain at most ${LIMITS.maxEntitiesPerBatch} metrics, params, and tags in total. Got ${total} in total.`,
    );
  }
  metrics.forEach(validateMetric);
  params.forEach(validateParam);
  tags.forEach(validateRunTag);
  const seen = new Map<string, string>();
  const clashing = new Set<string>();
  for (const param of params) {
    const previous = seen.get(param.key);
    if (previous !== undefined && previous !== param.value) clashing.add(param.key);
    seen.set(param.key, param.value);
  }
  if (clashing.size > 0) {
    invalid(
      'DUPLICATE_PARAM_KEYS',
      `Duplicate parameter keys have been submitted: ${JSON.stringify([...clashing])}. Please ensure the request contains only one param value per param key.`,
    );
  }
}

/** Params are immutable: the same value again is fine, another value is an error (MLflow's wording). */
export function paramChangeError(runId: string, key: string, oldValue: string, newValue: string): InvalidArgument {
  return new InvalidArgument(
    'TRACKING.PARAM_IMMUTABLE',
    `Changing param values is not allowed. Param with key='${key}' was already logged with value='${oldValue}' for run ID='${runId}'. Attempted logging new value '${newValue}'.`,
    { runId, key },
  );
}
