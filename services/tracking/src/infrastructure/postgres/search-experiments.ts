import { Experiment } from '../../domain/model';
import { ExperimentClause } from '../../domain/search/experiment-filter';
import { ExperimentSearch, Page } from '../../application/ports';
import { EXPERIMENT_COLUMNS, ExperimentRow, toExperiment } from './experiments';
import { comparison, LIFECYCLE_FOR_VIEW, Queryable, SqlParams } from './sql';

function condition(clause: ExperimentClause, params: SqlParams): string {
  if (clause.entity === 'tag') {
    return `EXISTS (SELECT 1 FROM tracking.experiment_tags t WHERE t.experiment_id = e.experiment_id
              AND t.key = ${params.add(clause.key)} AND ${comparison('t.value', clause.comparator, clause.value, params)})`;
  }
  return comparison(`e.${clause.key}`, clause.comparator, clause.value, params);
}

export async function searchExperiments(db: Queryable, search: ExperimentSearch): Promise<Page<Experiment>> {
  const params = new SqlParams();
  const where = [`e.lifecycle_stage = ANY(${params.add(LIFECYCLE_FOR_VIEW[search.viewType])}::text[])`];
  for (const clause of search.clauses) where.push(condition(clause, params));
  const order = search.orderBy.map((o) => `e.${o.key} ${o.ascending ? 'ASC' : 'DESC'}`);
  if (!search.orderBy.some((o) => o.key === 'creation_time')) order.push('e.creation_time DESC');
  if (!search.orderBy.some((o) => o.key === 'experiment_id')) order.push('e.experiment_id ASC');
  const { rows } = await db.query<ExperimentRow>(
    `SELECT ${EXPERIMENT_COLUMNS} FROM tracking.experiments e WHERE ${where.join(' AND ')}
     ORDER BY ${order.join(', ')} LIMIT ${params.add(search.limit + 1)} OFFSET ${params.add(search.offset)}`,
    params.values,
  );
  return { items: rows.slice(0, search.limit).map(toExperiment), more: rows.length > search.limit };
}
