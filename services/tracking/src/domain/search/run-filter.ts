import { Comparator, parseFilter, RawClause } from './filter-parser';
import {
  ClauseValue,
  NUMERIC_COMPARATORS,
  numericValue,
  requireComparator,
  STRING_COMPARATORS,
  STRING_SET_COMPARATORS,
  stringValue,
} from './clauses';
import { filterError } from './tokenizer';

/** search_runs filters: `metrics.` `params.` `tags.` `attributes.` `dataset.` keys with what MLflow allows for each. */
export type RunEntity = 'metric' | 'param' | 'tag' | 'attribute' | 'dataset';
export type StringRunAttribute = 'run_id' | 'run_name' | 'status' | 'artifact_uri' | 'user_id';
export type NumericRunAttribute = 'start_time' | 'end_time';
export type DatasetKey = 'name' | 'digest' | 'context';

export type RunClause =
  | { entity: 'metric'; key: string; comparator: Comparator; value: number }
  | { entity: 'param' | 'tag'; key: string; comparator: Comparator; value: string | string[] }
  | { entity: 'attribute'; key: StringRunAttribute; comparator: Comparator; value: string | string[] }
  | { entity: 'attribute'; key: NumericRunAttribute; comparator: Comparator; value: number }
  | { entity: 'dataset'; key: DatasetKey; comparator: Comparator; value: string | string[] };

const PREFIXES: Record<string, RunEntity> = {
  metric: 'metric',
  metrics: 'metric',
  param: 'param',
  params: 'param',
  parameter: 'param',
  parameters: 'param',
  tag: 'tag',
  tags: 'tag',
  attribute: 'attribute',
  attributes: 'attribute',
  attr: 'attribute',
  run: 'attribute',
  dataset: 'dataset',
  datasets: 'dataset',
};

const STRING_ATTRIBUTES: Record<string, StringRunAttribute> = {
  run_id: 'run_id',
  run_name: 'run_name',
  'run name': 'run_name',
  status: 'status',
  artifact_uri: 'artifact_uri',
  user_id: 'user_id',
};
const NUMERIC_ATTRIBUTES: Record<string, NumericRunAttribute> = {
  start_time: 'start_time',
  created: 'start_time',
  end_time: 'end_time',
};
const DATASET_KEYS: readonly DatasetKey[] = ['name', 'digest', 'context'];

export function runEntity(prefix: string | null, raw: string, source: string): RunEntity {
  const entity = prefix === null ? undefined : PREFIXES[prefix];
  if (!entity) {
    throw filterError(
      `Invalid identifier '${raw}'. Columns should be specified as 'attribute.<key>', 'metric.<key>', 'tag.<key>', 'dataset.<key>', or 'param.<key>'.`,
      source,
    );
  }
  return entity;
}

export function runAttribute(key: string, source: string): StringRunAttribute | NumericRunAttribute {
  const normalised = key.toLowerCase();
  const attribute = STRING_ATTRIBUTES[normalised] ?? NUMERIC_ATTRIBUTES[normalised];
  if (!attribute) {
    const valid = [...Object.keys(STRING_ATTRIBUTES), ...Object.keys(NUMERIC_ATTRIBUTES)];
    throw filterError(`Invalid attribute key '${key}' specified. Valid keys are '${valid.join("', '")}'`, source);
  }
  return attribute;
}

export function isNumericAttribute(key: string): key is NumericRunAttribute {
  return key === 'start_time' || key === 'end_time';
}

function toClause(raw: RawClause, source: string): RunClause {
  const entity = runEntity(raw.prefix, raw.prefix ? `${raw.prefix}.${raw.key}` : raw.key, source);
  switch (entity) {
    case 'metric':
      return {
        entity,
        key: raw.key,
        comparator: requireComparator(raw, NUMERIC_COMPARATORS, 'metric', source),
        value: numericValue(raw, 'metric', source),
      };
    case 'param':
    case 'tag':
      return {
        entity,
        key: raw.key,
        comparator: requireComparator(raw, STRING_COMPARATORS, entity, source),
        value: stringValue(raw, entity, source),
      };
    case 'attribute': {
      const key = runAttribute(raw.key, source);
      if (isNumericAttribute(key)) {
        return {
          entity,
          key,
          comparator: requireComparator(raw, NUMERIC_COMPARATORS, 'attribute', source),
          value: numericValue(raw, 'attribute', source),
        };
      }
      return {
        entity,
        key,
        comparator: requireComparator(raw, STRING_SET_COMPARATORS, 'attribute', source),
        value: stringValue(raw, 'attribute', source),
      };
    }
    case 'dataset': {
      const key = raw.key.toLowerCase() as DatasetKey;
      if (!DATASET_KEYS.includes(key)) {
        throw filterError(
          `Invalid dataset key '${raw.key}' specified. Valid keys are '${DATASET_KEYS.join("', '")}'`,
          source,
        );
      }
      return {
        entity,
        key,
        comparator: requireComparator(raw, STRING_SET_COMPARATORS, 'dataset', source),
        value: stringValue(raw, 'dataset', source),
      };
    }
  }
}

/** Parses and checks a search_runs `filter`; throws InvalidArgument (INVALID_PARAMETER_VALUE) when it is not valid. */
export function parseRunFilter(filter: string | undefined | null): RunClause[] {
  return parseFilter(filter).map((raw) => toClause(raw, filter ?? ''));
}

export type { ClauseValue };
