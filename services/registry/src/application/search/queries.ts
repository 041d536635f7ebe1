import { InvalidArgument } from '@cairn/contracts';
import { Comparator, filterError, parseFilter, RawClause } from './filter';
import { decodePageToken } from './page-token';

/**
 * Registry searches as the read-model adapter runs them, built from MLflow's request fields with MLflow's rules
 * (keys, comparators, limits, default order and tie-breakers of its SQL store). Pure.
 */

/** MLflow marks prompts (registered models reused as prompt templates) with this tag; searches hide them by default. */
export const IS_PROMPT_TAG = 'mlflow.prompt.is_prompt';

export type StringComparator = '=' | '!=' | 'LIKE' | 'ILIKE';
export type TagClause = { kind: 'tag'; key: string; comparator: StringComparator; value: string };
export type TextClause =
  | { kind: 'text'; column: 'name' | 'run_id' | 'source'; comparator: StringComparator; value: string }
  | { kind: 'text-list'; column: 'name' | 'run_id'; comparator: 'IN' | 'NOT IN'; values: string[] };
export type VersionNumberClause = { kind: 'version'; comparator: '=' | '!=' | '<' | '<=' | '>' | '>='; value: number };

export interface Order<F extends string> {
  field: F;
  ascending: boolean;
}

interface Paging {
  offset: number;
  limit: number;
}

export interface RegisteredModelQuery extends Paging {
  clauses: Array<TextClause | TagClause>;
  /** true: the filter asks for prompts (is_prompt = 'true'); false: prompts are left out, as MLflow does. */
  prompts: boolean;
  orderBy: Order<'name' | 'last_updated_timestamp' | 'creation_timestamp'>[];
}

export interface ModelVersionQuery extends Paging {
  clauses: Array<TextClause | TagClause | VersionNumberClause>;
  prompts: boolean;
  orderBy: Order<'name' | 'version' | 'creation_timestamp' | 'last_updated_timestamp'>[];
}

const STRING_COMPARATORS: readonly Comparator[] = ['=', '!=', 'LIKE', 'ILIKE'];
const NUMBER_COMPARATORS: readonly Comparator[] = ['=', '!=', '<', '<=', '>', '>='];

const invalid = (message: string) => new InvalidArgument('REGISTRY.INVALID_SEARCH', message);

function maxResults(raw: number | undefined, fallback: number, threshold: number): number {
  if (raw === undefined) return fallback;
  if (!Number.isSafeInteger(raw) || raw < 1) {
    throw invalid(`Invalid value for max_results. It must be a positive integer, but got ${raw}`);
  }
  if (raw > threshold) {
    throw invalid(`Invalid value for request parameter max_results. It must be at most ${threshold}, but got value ${raw}`);
  }
  return raw;
}

function stringValue(filter: string, clause: RawClause): string {
  if (clause.value.kind !== 'string') throw filterError(filter, `the value for '${clause.key}' must be a quoted string`);
  return clause.value.value;
}

function tagClause(filter: string, clause: RawClause): TagClause {
  if (!STRING_COMPARATORS.includes(clause.comparator)) {
    throw invalid(`Invalid comparator for tag: ${clause.comparator}`);
  }
  return { kind: 'tag', key: clause.key, comparator: clause.comparator as StringComparator, value: stringValue(filter, clause) };
}

function textClause(filter: string, clause: RawClause, column: 'name' | 'run_id' | 'source', listable: boolean): TextClause {
  if (clause.comparator === 'IN' || clause.comparator === 'NOT IN') {
    if (!listable || column === 'source' || clause.value.kind !== 'list') {
      throw invalid(`Invalid comparator for attribute: ${clause.comparator}`);
    }
    return { kind: 'text-list', column, comparator: clause.comparator, values: clause.value.values };
  }
  if (!STRING_COMPARATORS.includes(clause.comparator)) throw invalid(`Invalid comparator for attribute: ${clause.comparator}`);
  return { kind: 'text', column, comparator: clause.comparator as StringComparator, value: stringValue(filter, clause) };
}

/**
 * MLflow hides prompts unless the filter asks for them (`tags.mlflow.prompt.is_prompt = 'true'` or `!= 'false'`);
 * any other condition on that tag is dropped, since models do not carry it (SqlAlchemyStore._is_querying_prompt).
 */
function splitPrompts<C extends { kind: string }>(clauses: C[]): { clauses: C[]; prompts: boolean } {
  const isPromptClause = (clause: { kind: string }): boolean => clause.kind === 'tag' && (clause as TagClause).key === IS_PROMPT_TAG;
  const promptClause = clauses.find(isPromptClause) as TagClause | undefined;
  const value = promptClause?.value.toLowerCase();
  const prompts = (promptClause?.comparator === '=' && value === 'true') || (promptClause?.comparator === '!=' && value === 'false');
  return { clauses: prompts ? clauses : clauses.filter((clause) => !isPromptClause(clause)), prompts };
}

const ORDER = /^\s*(?:attribute\.)?(`?)([A-Za-z_]+)\1\s*(?:\s(ASC|DESC))?\s*$/i;

function parseOrderBy<F extends string>(orderBy: string[] | undefined, fields: Record<string, F>, valid: string): Order<F>[] {
  const seen = new Set<F>();
  return (orderBy ?? []).map((raw) => {
    const match = ORDER.exec(raw);
    const field = match ? fields[match[2].toLowerCase()] : undefined;
    if (!match || !field) throw invalid(`Invalid order by key '${raw}' specified. Valid keys are ${valid}`);
    if (seen.has(field)) throw invalid(`\`order_by\` contains duplicate fields: ${JSON.stringify(orderBy)}`);
    seen.add(field);
    return { field, ascending: (match[3] ?? 'ASC').toUpperCase() === 'ASC' };
  });
}

export interface SearchInput {
  filter?: string;
  maxResults?: number;
  orderBy?: string[];
  pageToken?: string;
}

/** search_registered_models: `name` (= != LIKE ILIKE IN NOT IN) and tags; at most 1000 per page, 100 by default. */
export function registeredModelQuery(input: SearchInput): RegisteredModelQuery {
  const filter = input.filter ?? '';
  const clauses = parseFilter(filter).map((clause): TextClause | TagClause => {
    if (clause.entity === 'tag') return tagClause(filter, clause);
    if (clause.key !== 'name') throw invalid(`Invalid attribute key '${clause.key}' specified. Valid keys are '{'name'}'`);
    return textClause(filter, clause, 'name', true);
  });
  const orderBy = parseOrderBy(
    input.orderBy,
    { name: 'name', timestamp: 'last_updated_timestamp', last_updated_timestamp: 'last_updated_timestamp', creation_timestamp: 'creation_timestamp' },
    "'name', 'last_updated_timestamp', 'creation_timestamp'",
  );
  if (!orderBy.some((order) => order.field === 'name')) orderBy.push({ field: 'name', ascending: true });
  return {
    ...splitPrompts(clauses),
    orderBy,
    offset: decodePageToken(input.pageToken),
    limit: maxResults(input.maxResults, 100, 1000),
  };
}

const VERSION_ATTRIBUTES = { name: 'name', run_id: 'run_id', source_path: 'source' } as const;

/** search_model_versions: name, run_id, source_path, version_number and tags; 10,000 per page by default (MLflow). */
export function modelVersionQuery(input: SearchInput): ModelVersionQuery {
  const filter = input.filter ?? '';
  const clauses = parseFilter(filter).map((clause): TextClause | TagClause | VersionNumberClause => {
    if (clause.entity === 'tag') return tagClause(filter, clause);
    if (clause.key === 'version_number') {
      if (!NUMBER_COMPARATORS.includes(clause.comparator)) {
        throw invalid(`Invalid comparator for attribute version_number: ${clause.comparator}`);
      }
      const value = clause.value.kind === 'number' ? clause.value.value : Number.NaN;
      if (!Number.isSafeInteger(value)) throw invalid(`Invalid value for numeric attribute 'version_number': ${JSON.stringify(clause.value)}`);
      return { kind: 'version', comparator: clause.comparator as VersionNumberClause['comparator'], value };
    }
    const column = VERSION_ATTRIBUTES[clause.key as keyof typeof VERSION_ATTRIBUTES];
    if (!column) {
      throw invalid(`Invalid attribute key '${clause.key}' specified. Valid keys are '{'name', 'run_id', 'source_path', 'version_number'}'`);
    }
    return textClause(filter, clause, column, column !== 'source');
  });
  const orderBy = parseOrderBy(
    input.orderBy && input.orderBy.length > 0 ? input.orderBy : ['last_updated_timestamp DESC', 'name ASC', 'version_number DESC'],
    { name: 'name', version_number: 'version', creation_timestamp: 'creation_timestamp', last_updated_timestamp: 'last_updated_timestamp' },
    "'name', 'version_number', 'creation_timestamp', 'last_updated_timestamp'",
  );
  if (!orderBy.some((order) => order.field === 'name')) orderBy.push({ field: 'name', ascending: true });
  if (!orderBy.some((order) => order.field === 'version')) orderBy.push({ field: 'version', ascending: false });
  return {
    ...splitPrompts(clauses),
    orderBy,
    offset: decodePageToken(input.pageToken),
    limit: maxResults(input.maxResults, 10_000, 200_000),
  };
}
