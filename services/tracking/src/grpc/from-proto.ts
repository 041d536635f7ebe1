import { InvalidArgument } from '@cairn/contracts';
import { DatasetInput, Metric, RunStatus, Tag, ViewType } from '../domain/model';
import type { DatasetInput__Output } from './generated/cairn/tracking/v1/DatasetInput';
import type { Metric__Output } from './generated/cairn/tracking/v1/Metric';
import type { RunStatus__Output } from './generated/cairn/tracking/v1/RunStatus';
import type { ViewType__Output } from './generated/cairn/tracking/v1/ViewType';

/**
 * Protobuf request fields → the TrackingStore's arguments. Proto3 has no "absent" for scalars, so the empty
 * string and 0 become `undefined`: the core then applies the same defaults and "missing parameter" errors as it
 * does for MLflow REST requests that omit the field.
 */

export const orUndefined = (value: string | null | undefined): string | undefined => (value ? value : undefined);

/** 0 means "the server's default" (max_results). */
export const positiveOrUndefined = (value: number): number | undefined => (value === 0 ? undefined : value);

/** int64 arrives as a decimal string (longs: String); millis and steps must stay exact as JS numbers. */
export function int64(value: string | number, field: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) {
    throw new InvalidArgument('TRACKING.INVALID_REQUEST', `Invalid value ${value} for parameter '${field}' supplied: out of range`, { field });
  }
  return number;
}

export const optionalInt64 = (value: string | null | undefined, field: string): number | undefined =>
  value === undefined || value === null ? undefined : int64(value, field);

const RUN_STATUS: Record<string, RunStatus | undefined> = {
  RUN_STATUS_RUNNING: 'RUNNING',
  RUN_STATUS_SCHEDULED: 'SCHEDULED',
  RUN_STATUS_FINISHED: 'FINISHED',
  RUN_STATUS_FAILED: 'FAILED',
  RUN_STATUS_KILLED: 'KILLED',
};

/** UNSPECIFIED → unchanged (undefined); an enum number this server does not know → INVALID_ARGUMENT. */
export function runStatus(value: RunStatus__Output | number): RunStatus | undefined {
  if (value === 'RUN_STATUS_UNSPECIFIED') return undefined;
  const status = RUN_STATUS[String(value)];
  if (!status) throw invalidEnum('status', value);
  return status;
}

const VIEW_TYPE: Record<string, ViewType | undefined> = {
  VIEW_TYPE_ACTIVE_ONLY: 'ACTIVE_ONLY',
  VIEW_TYPE_DELETED_ONLY: 'DELETED_ONLY',
  VIEW_TYPE_ALL: 'ALL',
};

export function viewType(value: ViewType__Output | number): ViewType | undefined {
  if (value === 'VIEW_TYPE_UNSPECIFIED') return undefined;
  const view = VIEW_TYPE[String(value)];
  if (!view) throw invalidEnum('view_type', value);
  return view;
}

const invalidEnum = (field: string, value: unknown) =>
  new InvalidArgument('TRACKING.INVALID_REQUEST', `Invalid value ${String(value)} for parameter '${field}' supplied`, { field });

export const tags = (list: Array<{ key: string; value: string }>): Tag[] => list.map(({ key, value }) => ({ key, value }));

/** A metric without a timestamp is stamped with the time the command was accepted, as over REST. */
export function metric(message: Metric__Output, now: number): Metric {
  return {
    key: message.key,
    value: message.value,
    timestamp: optionalInt64(message.timestamp, 'timestamp') ?? now,
    step: int64(message.step, 'step'),
  };
}

export function datasetInput(message: DatasetInput__Output): DatasetInput {
  const dataset = message.dataset;
  return {
    tags: tags(message.tags),
    dataset: {
      name: dataset?.name ?? '',
      digest: dataset?.digest ?? '',
      sourceType: dataset?.source_type ?? '',
      source: dataset?.source ?? '',
      schema: dataset?.schema ?? undefined,
      profile: dataset?.profile ?? undefined,
    },
  };
}
