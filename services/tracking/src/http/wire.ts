import { InvalidArgument } from '@cairn/contracts';
import { z } from 'zod';
import { DatasetInput, Experiment, Metric, Run, RunInfo, RUN_STATUSES, Tag, ViewType } from '../domain/model';
import { requireValue } from '../domain/validation';
import { MetricWithRunId } from '../application/ports';
import { ModelOutput } from '../application/run-outputs';

/**
 * MLflow's proto-JSON on the wire: snake_case fields; int64 accepted as numbers or strings and sent as numbers;
 * doubles accepted as numbers or "NaN" / "Infinity" / "-Infinity" and sent that way (JSON has no NaN).
 */
export const int64 = z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)]);
export const double = z.union([
  z.number(),
  z
    .string()
    .regex(/^(NaN|-?Infinity|[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)$/)
    .transform(Number),
]);
export const str = z.string();
export const tagList = z.array(z.object({ key: str.optional(), value: str.optional() })).optional().default([]);
export const viewType = z
  .union([z.enum(['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL']), z.number().int().min(1).max(3), z.string().regex(/^[123]$/)])
  .optional()
  .transform((value): ViewType | undefined =>
    value === undefined ? undefined : typeof value === 'string' && value.length > 1 ? (value as ViewType) : (['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL'] as const)[Number(value) - 1],
  );
export const runStatus = z.enum(RUN_STATUSES as [string, ...string[]]);
/** A GET query parameter that may appear once (string) or repeatedly (array). */
export const stringList = z
  .union([z.array(str), str])
  .optional()
  .transform((value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]));

/** Proto3 JSON reads `null` as "field absent" (its default), at every level; so does MLflow's server. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, dropNulls(v)]),
  );
}

/**
 * Parses a request with `schema`; a mismatch is INVALID_PARAMETER_VALUE naming the field, never a 500.
 * `required` top-level fields are checked first, as MLflow's handlers do, so a missing run_id is reported as
 * missing even when another field is also malformed.
 */
export function parseRequest<S extends z.ZodType>(schema: S, rawInput: unknown, required: readonly string[] = []): z.infer<S> {
  const input = dropNulls(rawInput ?? {});
  for (const name of required) requireValue((input as Record<string, unknown>)[name], name);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.') || 'request';
  const value = issue.path.reduce<unknown>((node, part) => (node as Record<PropertyKey, unknown> | undefined)?.[part], input);
  throw new InvalidArgument(
    'TRACKING.INVALID_REQUEST',
    `Invalid value ${JSON.stringify(value)} for parameter '${field}' supplied: ${issue.message}`,
    { field },
  );
}

export const toTags = (tags: Array<{ key?: string; value?: string }>): Tag[] =>
  tags.map((tag) => ({ key: tag.key ?? '', value: tag.value ?? '' }));

const wireDouble = (value: number): number | string => (Number.isFinite(value) ? value : String(value));

export const metricJson = (m: Metric) => ({ key: m.key, value: wireDouble(m.value), timestamp: m.timestamp, step: m.step });
export const metricWithRunIdJson = (m: MetricWithRunId) => ({ ...metricJson(m), run_id: m.runId });

export function experimentJson(e: Experiment) {
  return {
    experiment_id: e.experimentId,
    name: e.name,
    artifact_location: e.artifactLocation,
    lifecycle_stage: e.lifecycleStage,
    last_update_time: e.lastUpdateTime,
    creation_time: e.creationTime,
    tags: e.tags,
  };
}

export function runInfoJson(info: RunInfo) {
  return {
    run_id: info.runId,
    run_uuid: info.runId,
    run_name: info.runName,
    experiment_id: info.experimentId,
    user_id: info.userId,
    status: info.status,
    start_time: info.startTime,
    ...(info.endTime === null ? {} : { end_time: info.endTime }),
    artifact_uri: info.artifactUri,
    lifecycle_stage: info.lifecycleStage,
  };
}

const datasetInputJson = (input: DatasetInput) => ({
  tags: input.tags,
  dataset: {
    name: input.dataset.name,
    digest: input.dataset.digest,
    source_type: input.dataset.sourceType,
    source: input.dataset.source,
    ...(input.dataset.schema === undefined ? {} : { schema: input.dataset.schema }),
    ...(input.dataset.profile === undefined ? {} : { profile: input.dataset.profile }),
  },
});

export function runJson(run: Run) {
  return {
    info: runInfoJson(run.info),
    data: { metrics: run.data.metrics.map(metricJson), params: run.data.params, tags: run.data.tags },
    inputs: { dataset_inputs: run.inputs.datasetInputs.map(datasetInputJson) },
  };
}

/** MLflow 3's RunOutputs as runs/get sends it: `{}` when the run produced no model. */
export const runOutputsJson = (outputs: ModelOutput[]) =>
  outputs.length === 0 ? {} : { model_outputs: outputs.map((o) => ({ model_id: o.modelId, step: o.step })) };

/** `next_page_token` only when there is a next page, as MLflow omits it. */
export const pageTokenJson = (token: string | undefined) => (token ? { next_page_token: token } : {});
