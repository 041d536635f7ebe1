import { InvalidArgument } from '@cairn/contracts';
import { Comparator, parseFilter, RawClause } from './filter-parser';
import { NUMERIC_COMPARATORS, numericValue, requireComparator, STRING_SET_COMPARATORS, stringValue } from './clauses';
import { filterError } from './tokenizer';

/**
 * search_logged_models filters and order_by, on the shared grammar (filter-parser): `metrics.<key>` numbers,
 * `params.<key>` / `tags.<key>` strings, and attributes (bare or `attributes.`) as MLflow's SqlLoggedModel
 * columns with their aliases.
 */
export type StringModelAttribute = 'name' | 'model_id' | 'model_type' | 'status' | 'source_run_id';
export type NumericModelAttribute = 'creation_timestamp_ms' | 'last_updated_timestamp_ms';
export type ModelAttribute = StringModelAttribute | NumericModelAttribute;

export type LoggedModelClause =
  | { entity: 'metric'; key: string; comparator: Comparator; value: number }
  | { entity: 'param' | 'tag'; key: string; comparator: Comparator; value: string | string[] }
  | { entity: 'attribute'; key: StringModelAttribute; comparator: Comparator; value: string | string[] }
  | { entity: 'attribute'; key: NumericModelAttribute; comparator: Comparator; value: number };

export type LoggedModelOrder =
  | { entity: 'attribute'; key: ModelAttribute; ascending: boolean }
  | { entity: 'metric'; key: string; ascending: boolean; datasetName?: string; datasetDigest?: string };

const STRING_ATTRIBUTES: readonly StringModelAttribute[] = ['name', 'model_id', 'model_type', 'status', 'source_run_id'];
const NUMERIC_ALIASES: Record<string, NumericModelAttribute> = {
  creation_timestamp_ms: 'creation_timestamp_ms',
  creation_timestamp: 'creation_timestamp_ms',
  creation_time: 'creation_timestamp_ms',
  last_updated_timestamp_ms: 'last_updated_timestamp_ms',
  last_updated_timestamp: 'last_updated_timestamp_ms',
  last_updated_time: 'last_updated_timestamp_ms',
};
const PREFIXES: Record<string, 'metric' | 'param' | 'tag' | 'attribute'> = {
  metric: 'metric',
  metrics: 'metric',
  param: 'param',
  params: 'param',
  tag: 'tag',
  tags: 'tag',
  attribute: 'attribute',
  attributes: 'attribute',
};

function modelAttribute(key: string, source: string): ModelAttribute {
  const normalised = key.toLowerCase();
  const attribute = NUMERIC_ALIASES[normalised] ?? STRING_ATTRIBUTES.find((a) => a === normalised);
  if (!attribute) {
    throw filterError(
      `Invalid attribute key '${key}' specified. Valid keys are '${[...STRING_ATTRIBUTES, ...Object.keys(NUMERIC_ALIASES)].join("', '")}'`,
      source,
    );
  }
  return attribute;
}

const isNumeric = (key: ModelAttribute): key is NumericModelAttribute => key.endsWith('_ms');

function toClause(raw: RawClause, source: string): LoggedModelClause {
  const entity = raw.prefix === null ? 'attribute' : PREFIXES[raw.prefix];
  if (!entity) {
    throw filterError(`Invalid entity type '${raw.prefix}'. Expected one of 'attributes', 'metrics', 'params', 'tags'.`, source);
  }
  if (entity === 'metric') {
    return { entity, key: raw.key, comparator: requireComparator(raw, NUMERIC_COMPARATORS, 'metric', source), value: numericValue(raw, 'metric', source) };
  }
  if (entity === 'param' || entity === 'tag') {
    return { entity, key: raw.key, comparator: requireComparator(raw, STRING_SET_COMPARATORS, entity, source), value: stringValue(raw, entity, source) };
  }
  const key = modelAttribute(raw.key, source);
  if (isNumeric(key)) {
    return { entity, key, comparator: requireComparator(raw, NUMERIC_COMPARATORS, 'attribute', source), value: numericValue(raw, 'attribute', source) };
  }
  return { entity, key, comparator: requireComparator(raw, STRING_SET_COMPARATORS, 'attribute', source), value: stringValue(raw, 'attribute', source) };
}

export function parseLoggedModelFilter(filter: string | undefined | null): LoggedModelClause[] {
  return parseFilter(filter).map((raw) => toClause(raw, filter ?? ''));
}

export interface LoggedModelOrderInput {
  fieldName?: string;
  ascending?: boolean;
  datasetName?: string;
  datasetDigest?: string;
}

/** order_by arrives structured ({field_name, ascending, dataset_*}); only attributes and metrics are orderable. */
export function parseLoggedModelOrderBy(orderBy: readonly LoggedModelOrderInput[] | undefined): LoggedModelOrder[] {
  return (orderBy ?? []).map((order) => {
    const field = order.fieldName ?? '';
    const ascending = order.ascending ?? true;
    const invalid = (detail: string) =>
      new InvalidArgument('TRACKING.INVALID_ORDER_BY', `Invalid order by field name: ${field}. ${detail}`, { field });
    const dot = field.indexOf('.');
    if (dot < 0) {
      try {
        return { entity: 'attribute', key: modelAttribute(field, field), ascending };
      } catch (error) {
        throw invalid((error as Error).message);
      }
    }
    const prefix = field.slice(0, dot);
    const key = field.slice(dot + 1).replace(/^`(.*)`$/, '$1');
    if (PREFIXES[prefix] !== 'metric' || key === '') throw invalid('Only metrics are supported.');
    if (order.datasetDigest && !order.datasetName) throw invalid('dataset_digest requires dataset_name.');
    return { entity: 'metric', key, ascending, datasetName: order.datasetName || undefined, datasetDigest: order.datasetDigest || undefined };
  });
}
