import { ModelVersionQuery, Order, RegisteredModelQuery, StringComparator, TagClause, TextClause, VersionNumberClause, IS_PROMPT_TAG } from '../../application/search/queries';

/**
 * Parsed registry searches → parameterised SQL over the read models. Values are always bind parameters; column
 * names come only from the fixed tables below, never from the request.
 */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const STRING_OPS: Record<StringComparator, string> = { '=': '=', '!=': '<>', LIKE: 'LIKE', ILIKE: 'ILIKE' };

function textCondition(alias: string, clause: TextClause, params: Params): string {
  const column = `${alias}.${clause.column}`;
  if (clause.kind === 'text-list') {
    const op = clause.comparator === 'IN' ? '= ANY' : '<> ALL';
    return `${column} ${op}(${params.add(clause.values)}::text[])`;
  }
  return `${column} ${STRING_OPS[clause.comparator]} ${params.add(clause.value)}`;
}

/** MLflow's tag filters: the tag must exist and its value compare true (a missing tag never matches, even with !=). */
function tagCondition(tagTable: string, join: string, clause: TagClause, params: Params): string {
  return `EXISTS (SELECT 1 FROM ${tagTable} t WHERE ${join} AND t.key = ${params.add(clause.key)}
            AND t.value ${STRING_OPS[clause.comparator]} ${params.add(clause.value)})`;
}

function promptFilter(tagTable: string, join: string, prompts: boolean, params: Params): string {
  if (prompts) return 'true'; // the prompt clause itself stays among the tag conditions
  return `NOT EXISTS (SELECT 1 FROM ${tagTable} t WHERE ${join} AND t.key = ${params.add(IS_PROMPT_TAG)} AND t.value = 'true')`;
}

const orderSql = (orders: Order<string>[], columns: Record<string, string>): string =>
  orders.map((order) => `${columns[order.field]} ${order.ascending ? 'ASC' : 'DESC'}`).join(', ');

/** Names of the registered models on the page, in order, plus one more row to tell whether another page follows. */
export function registeredModelSearchSql(query: RegisteredModelQuery): { text: string; values: unknown[] } {
  const params = new Params();
  const join = 't.name = m.name';
  const conditions = query.clauses.map((clause) =>
    clause.kind === 'tag' ? tagCondition('registry.registered_model_tags', join, clause, params) : textCondition('m', clause, params),
  );
  conditions.push(promptFilter('registry.registered_model_tags', join, query.prompts, params));
  const order = orderSql(query.orderBy, { name: 'm.name', last_updated_timestamp: 'm.last_updated_timestamp', creation_timestamp: 'm.creation_timestamp' });
  return {
    text: `SELECT m.name FROM registry.registered_models m WHERE ${conditions.join(' AND ')}
           ORDER BY ${order} LIMIT ${params.add(query.limit + 1)} OFFSET ${params.add(query.offset)}`,
    values: params.values,
  };
}

const VERSION_OPS: Record<VersionNumberClause['comparator'], string> = { '=': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/** Keys (name, version) of the versions on the page, in order, plus one more row. */
export function modelVersionSearchSql(query: ModelVersionQuery): { text: string; values: unknown[] } {
  const params = new Params();
  const join = 't.name = v.name AND t.version = v.version';
  const conditions = query.clauses.map((clause) => {
    if (clause.kind === 'tag') return tagCondition('registry.model_version_tags', join, clause, params);
    if (clause.kind === 'version') return `v.version ${VERSION_OPS[clause.comparator]} ${params.add(clause.value)}`;
    return textCondition('v', clause, params);
  });
  conditions.push(promptFilter('registry.model_version_tags', join, query.prompts, params));
  const order = orderSql(query.orderBy, {
    name: 'v.name',
    version: 'v.version',
    creation_timestamp: 'v.creation_timestamp',
    last_updated_timestamp: 'v.last_updated_timestamp',
  });
  return {
    text: `SELECT v.name, v.version FROM registry.model_versions v WHERE ${conditions.join(' AND ')}
           ORDER BY ${order} LIMIT ${params.add(query.limit + 1)} OFFSET ${params.add(query.offset)}`,
    values: params.values,
  };
}
