import { LoggedModel } from '../../../domain/logged-model';
import { LoggedModelClause, LoggedModelOrder } from '../../../domain/search/logged-model-filter';
import { LoggedModelSearch } from '../../../application/logged-model-ports';
import { Page } from '../../../application/ports';
import { comparison, Queryable, selectIdPage, SqlParams } from '../sql';
import { loadLoggedModels } from './load-logged-models';

/**
 * search_logged_models: clauses become parameterised EXISTS / column conditions. A metric clause matches any
 * linked point (restricted to `datasets` when given); ordering by a metric uses the model's latest point
 * (timestamp, then step). Nulls sort last; ties end on creation time DESC then model id, as MLflow does.
 */
const COLUMNS: Record<string, string> = {
  name: 'm.name',
  model_id: 'm.model_id',
  model_type: 'm.model_type',
  status: 'm.status',
  source_run_id: 'm.source_run_id',
  creation_timestamp_ms: 'm.creation_timestamp_ms',
  last_updated_timestamp_ms: 'm.last_updated_timestamp_ms',
};

function datasetCondition(alias: string, datasets: LoggedModelSearch['datasets'], params: SqlParams): string | null {
  if (datasets.length === 0) return null;
  const any = datasets.map((d) => {
    const name = `${alias}.dataset_name = ${params.add(d.name)}::text`;
    return d.digest === undefined ? name : `(${name} AND ${alias}.dataset_digest = ${params.add(d.digest)}::text)`;
  });
  return `(${any.join(' OR ')})`;
}

function condition(clause: LoggedModelClause, datasets: LoggedModelSearch['datasets'], params: SqlParams): string {
  switch (clause.entity) {
    case 'metric': {
      const onDataset = datasetCondition('x', datasets, params);
      return `EXISTS (SELECT 1 FROM tracking.logged_model_metrics x WHERE x.model_id = m.model_id AND x.key = ${params.add(clause.key)}
                AND ${comparison('x.value', clause.comparator, clause.value, params)}${onDataset ? ` AND ${onDataset}` : ''})`;
    }
    case 'param':
      return `EXISTS (SELECT 1 FROM tracking.logged_model_params p WHERE p.model_id = m.model_id AND p.key = ${params.add(clause.key)}
                AND ${comparison('p.value', clause.comparator, clause.value, params)})`;
    case 'tag':
      return `EXISTS (SELECT 1 FROM tracking.logged_model_tags t WHERE t.model_id = m.model_id AND t.key = ${params.add(clause.key)}
                AND ${comparison('t.value', clause.comparator, clause.value, params)})`;
    case 'attribute':
      return comparison(COLUMNS[clause.key], clause.comparator, clause.value, params);
  }
}

function ordering(orderBy: LoggedModelOrder[], params: SqlParams): { joins: string[]; terms: string[] } {
  const joins: string[] = [];
  const terms: string[] = [];
  orderBy.forEach((order, index) => {
    const direction = order.ascending ? 'ASC' : 'DESC';
    if (order.entity === 'attribute') {
      terms.push(`${COLUMNS[order.key]} IS NULL`, `${COLUMNS[order.key]} ${direction}`);
      return;
    }
    const alias = `o${index}`;
    const filters = [`x.model_id = m.model_id`, `x.key = ${params.add(order.key)}`];
    if (order.datasetName !== undefined) filters.push(`x.dataset_name = ${params.add(order.datasetName)}::text`);
    if (order.datasetDigest !== undefined) filters.push(`x.dataset_digest = ${params.add(order.datasetDigest)}::text`);
    joins.push(`LEFT JOIN LATERAL (SELECT x.value FROM tracking.logged_model_metrics x WHERE ${filters.join(' AND ')}
                  ORDER BY x.timestamp DESC, x.step DESC, x.run_id ASC LIMIT 1) ${alias} ON true`);
    terms.push(`${alias}.value IS NULL`, `${alias}.value ${direction}`);
  });
  const has = (key: string) => orderBy.some((o) => o.entity === 'attribute' && o.key === key);
  if (!has('creation_timestamp_ms')) terms.push('m.creation_timestamp_ms DESC');
  if (!has('model_id')) terms.push('m.model_id ASC');
  return { joins, terms };
}

export async function searchLoggedModels(db: Queryable, search: LoggedModelSearch): Promise<Page<LoggedModel>> {
  const params = new SqlParams();
  const where = [
    `m.experiment_id = ANY(${params.add(search.experimentIds)}::bigint[])`,
    `m.lifecycle_stage = 'active'`,
    ...search.clauses.map((clause) => condition(clause, search.datasets, params)),
  ];
  // Datasets without a metric clause: models with any metric on those datasets (MLflow's rule).
  if (search.datasets.length > 0 && !search.clauses.some((c) => c.entity === 'metric')) {
    where.push(`EXISTS (SELECT 1 FROM tracking.logged_model_metrics x WHERE x.model_id = m.model_id
                  AND ${datasetCondition('x', search.datasets, params)})`);
  }
  const { joins, terms } = ordering(search.orderBy, params);
  const { ids, more } = await selectIdPage(
    db,
    `SELECT m.model_id AS id FROM tracking.logged_models m ${joins.join(' ')}
      WHERE ${where.join(' AND ')}
      ORDER BY ${terms.join(', ')}`,
    params,
    search,
  );
  return { items: await loadLoggedModels(db, ids), more };
}
