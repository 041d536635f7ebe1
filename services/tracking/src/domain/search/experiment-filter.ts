import { Comparator, parseFilter, RawClause } from './filter-parser';
import { NUMERIC_COMPARATORS, numericValue, requireComparator, STRING_COMPARATORS, stringValue } from './clauses';
import { filterError } from './tokenizer';

/** search_experiments filters: `name` / `attributes.name`, `creation_time`, `last_update_time`, `tags.<key>`. */
export type ExperimentClause =
  | { entity: 'attribute'; key: 'name'; comparator: Comparator; value: string | string[] }
  | { entity: 'attribute'; key: 'creation_time' | 'last_update_time'; comparator: Comparator; value: number }
  | { entity: 'tag'; key: string; comparator: Comparator; value: string | string[] };

const ATTRIBUTE_PREFIXES = ['attribute', 'attributes', 'attr'];
const TAG_PREFIXES = ['tag', 'tags'];

function toClause(raw: RawClause, source: string): ExperimentClause {
  if (raw.prefix !== null && TAG_PREFIXES.includes(raw.prefix)) {
    return {
      entity: 'tag',
      key: raw.key,
      comparator: requireComparator(raw, STRING_COMPARATORS, 'tag', source),
      value: stringValue(raw, 'tag', source),
    };
  }
  if (raw.prefix !== null && !ATTRIBUTE_PREFIXES.includes(raw.prefix)) {
    throw filterError(`Invalid entity type '${raw.prefix}'. Valid values are ['attribute', 'tag']`, source);
  }
  const key = raw.key.toLowerCase();
  if (key === 'name') {
    return {
      entity: 'attribute',
      key,
      comparator: requireComparator(raw, STRING_COMPARATORS, 'attribute', source),
      value: stringValue(raw, 'attribute', source),
    };
  }
  if (key === 'creation_time' || key === 'last_update_time') {
    return {
      entity: 'attribute',
      key,
      comparator: requireComparator(raw, NUMERIC_COMPARATORS, 'attribute', source),
      value: numericValue(raw, 'attribute', source),
    };
  }
  throw filterError(
    `Invalid attribute key '${raw.key}' specified. Valid keys are 'name', 'creation_time', 'last_update_time'`,
    source,
  );
}

export function parseExperimentFilter(filter: string | undefined | null): ExperimentClause[] {
  return parseFilter(filter).map((raw) => toClause(raw, filter ?? ''));
}
