import { Comparator, FilterValue, RawClause } from './filter-parser';
import { filterError } from './tokenizer';

/** Shared checks for the entity-specific filters: which comparators a key type allows, and value types. */
export const NUMERIC_COMPARATORS: readonly Comparator[] = ['=', '!=', '>', '>=', '<', '<='];
export const STRING_COMPARATORS: readonly Comparator[] = ['=', '!=', 'LIKE', 'ILIKE'];
export const STRING_SET_COMPARATORS: readonly Comparator[] = ['=', '!=', 'LIKE', 'ILIKE', 'IN', 'NOT IN'];

export type ClauseValue = number | string | string[];

export function requireComparator(
  raw: RawClause,
  allowed: readonly Comparator[],
  what: string,
  source: string,
): Comparator {
  if (!allowed.includes(raw.comparator)) {
    throw filterError(
      `Invalid comparator '${raw.comparator}' not one of '${allowed.join(', ')}' for ${what} '${raw.key}'`,
      source,
    );
  }
  return raw.comparator;
}

export function numericValue(raw: RawClause, what: string, source: string): number {
  if (raw.value.kind !== 'number') {
    throw filterError(`Expected numeric value type for ${what} '${raw.key}'. Found ${describe(raw.value)}`, source);
  }
  return raw.value.value;
}

export function stringValue(raw: RawClause, what: string, source: string): string | string[] {
  if (raw.value.kind === 'list') return raw.value.values;
  if (raw.value.kind !== 'string') {
    throw filterError(
      `Value ${describe(raw.value)} for ${what} '${raw.key}' is either not quoted or unidentified quote types used for string value. Use either single or double quotes.`,
      source,
    );
  }
  return raw.value.value;
}

function describe(value: FilterValue): string {
  if (value.kind === 'number') return value.raw;
  if (value.kind === 'string') return `'${value.value}'`;
  return `(${value.values.map((v) => `'${v}'`).join(', ')})`;
}
