import { Run } from '../../domain/model';
import { RunOrder } from '../../domain/search/order-by';
import { RunClause } from '../../domain/search/run-filter';
import { Page, RunSearch } from '../../application/ports';
import { loadRunPage } from './load-runs';
import { comparison, LIFECYCLE_FOR_VIEW, Queryable, SqlParams } from './sql';

/**
 * search_runs: the filter AST becomes parameterised EXISTS / column conditions; ordering by a metric, param or
 * tag joins its one row per run. Nulls sort last whichever the direction, NaN metrics after numbers (MLflow).
 */
const ATTRIBUTE_COLUMNS: Record<string, string> = {
  run_id: 'r.run_id',
  run_name: 'r.name',
  status: 'r.status',
  artifact_uri: 'r.artifact_uri',
  user_id: 'r.user_id',
  start_time: 'r.start_time',
  end_time: 'r.end_time',
};

function condition(clause: RunClause, params: SqlParams): string {
  switch (clause.entity) {
    case 'metric': {
      // NaN never satisfies an ordering or equality comparison (PostgreSQL would sort it above every number).
      const notNaN = clause.comparator === '!=' ? '' : " AND m.value <> 'NaN'::float8";
      return `EXISTS (SELECT 1 FROM tracking.latest_metrics m WHERE m.run_id = r.run_id AND m.key = ${params.add(clause.key)}
                AND ${comparison('m.value', clause.comparator, clause.value, params)}${notNaN})`;
    }
    case 'param':
      return `EXISTS (SELECT 1 FROM tracking.params p WHERE p.run_id = r.run_id AND p.key = ${params.add(clause.key)}
                AND ${comparison('p.value', clause.comparator, clause.value, params)})`;
    case 'tag':
      return `EXISTS (SELECT 1 FROM tracking.tags t WHERE t.run_id = r.run_id AND t.key = ${params.add(clause.key)}
                AND ${comparison('t.value', clause.comparator, clause.value, params)})`;
    case 'attribute':
      return comparison(ATTRIBUTE_COLUMNS[clause.key], clause.comparator, clause.value, params);
    case 'dataset': {
      const column = clause.key === 'context' ? 'i.context' : `d.${clause.key}`;
      return `EXISTS (SELECT 1 FROM tracking.run_inputs i JOIN tracking.datasets d ON d.dataset_id = i.dataset_id
                WHERE i.run_id = r.run_id AND ${comparison(column, clause.comparator, clause.value, params)})`;
    }
  }
}

interface Ordering {
  joins: string[];
  terms: string[];
}

type MetricClause = Extract<RunClause, { entity: 'metric' }>;

/**
 * The filter clause that lets the first order term, a metric, be read straight off `latest_metrics_key_value`
 * (key, value, run_id) in order: a clause on the same metric that no NULL or NaN satisfies (every comparator but
 * `!=`). Its runs all have a real value, so the nulls-last / NaN-last sort terms are constant and dropped, the
 * order join becomes an inner join carrying the condition, and PostgreSQL walks the index (backwards for DESC)
 * and stops after LIMIT rows instead of sorting every match.
 */
function indexedOrder(orderBy: RunOrder[], clauses: RunClause[]): MetricClause | undefined {
  const first = orderBy[0];
  if (!first || first.entity !== 'metric') return undefined;
  return clauses.find((c): c is MetricClause => c.entity === 'metric' && c.key === first.key && c.comparator !== '!=');
}

function ordering(orderBy: RunOrder[], params: SqlParams, indexed?: MetricClause): Ordering {
  const joins: string[] = [];
  const terms: string[] = [];
  orderBy.forEach((order, index) => {
    const direction = order.ascending ? 'ASC' : 'DESC';
    if (order.entity === 'attribute') {
      const column = ATTRIBUTE_COLUMNS[order.key];
      terms.push(`${column} IS NULL`, `${column} ${direction}`);
      return;
    }
    const alias = `o${index}`;
    if (index === 0 && indexed) {
      joins.push(
        `JOIN tracking.latest_metrics ${alias} ON ${alias}.run_id = r.run_id AND ${alias}.key = ${params.add(order.key)}
           AND ${comparison(`${alias}.value`, indexed.comparator, indexed.value, params)} AND ${alias}.value <> 'NaN'::float8`,
      );
      terms.push(`${alias}.value ${direction}`);
      return;
    }
    const table = { metric: 'latest_metrics', param: 'params', tag: 'tags' }[order.entity];
    joins.push(`LEFT JOIN tracking.${table} ${alias} ON ${alias}.run_id = r.run_id AND ${alias}.key = ${params.add(order.key)}`);
    terms.push(`${alias}.value IS NULL`);
    if (order.entity === 'metric') terms.push(`${alias}.value = 'NaN'::float8`);
    terms.push(`${alias}.value ${direction}`);
  });
  if (!orderBy.some((o) => o.entity === 'attribute' && o.key === 'start_time')) terms.push('r.start_time DESC');
  if (!orderBy.some((o) => o.entity === 'attribute' && o.key === 'run_id')) terms.push('r.run_id ASC');
  return { joins, terms };
}

export async function searchRuns(db: Queryable, search: RunSearch): Promise<Page<Run>> {
  const params = new SqlParams();
  const indexed = indexedOrder(search.orderBy, search.clauses);
  const { joins, terms } = ordering(search.orderBy, params, indexed);
  const where = [
    `r.experiment_id = ANY(${params.add(search.experimentIds)}::bigint[])`,
    `r.lifecycle_stage = ANY(${params.add(LIFECYCLE_FOR_VIEW[search.viewType])}::text[])`,
    ...search.clauses.filter((clause) => clause !== indexed).map((clause) => condition(clause, params)),
  ];
  return loadRunPage(
    db,
    `SELECT r.run_id AS id FROM tracking.runs r ${joins.join(' ')}
      WHERE ${where.join(' AND ')}
      ORDER BY ${terms.join(', ')}`,
    params,
    search,
  );
}
