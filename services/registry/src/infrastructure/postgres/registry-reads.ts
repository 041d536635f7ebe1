import { Pool } from '@cairn/postgres';
import { RegistryReads, Slice } from '../../application/ports';
import { ModelVersionQuery, RegisteredModelQuery } from '../../application/search/queries';
import { ModelVersionView, RegisteredModelView } from '../../application/views';
import { STAGES } from '../../domain';
import { MODEL_COLUMNS, ModelRow, VERSION_COLUMNS, versionView, VersionRow, modelView } from './rows';
import { modelVersionSearchSql, registeredModelSearchSql } from './search-sql';

/**
 * The read models' queries. A page is two statements: the search picks the keys in order (limit + 1), then one
 * query loads those rows with their tags and aliases as JSON; models also load their latest version per stage.
 */
export class PostgresRegistryReads implements RegistryReads {
  constructor(private readonly pool: Pool) {}

  async getRegisteredModel(name: string): Promise<RegisteredModelView | null> {
    return (await this.modelsNamed([name]))[0] ?? null;
  }

  async searchRegisteredModels(query: RegisteredModelQuery): Promise<Slice<RegisteredModelView>> {
    const { text, values } = registeredModelSearchSql(query);
    const names = (await this.pool.query<{ name: string }>(text, values)).rows.map((row) => row.name);
    const more = names.length > query.limit;
    return { items: await this.modelsNamed(names.slice(0, query.limit)), more };
  }

  async getModelVersion(name: string, version: number): Promise<ModelVersionView | null> {
    return (await this.versionsKeyed([{ name, version }]))[0] ?? null;
  }

  async searchModelVersions(query: ModelVersionQuery): Promise<Slice<ModelVersionView>> {
    const { text, values } = modelVersionSearchSql(query);
    const keys = (await this.pool.query<{ name: string; version: number }>(text, values)).rows;
    const more = keys.length > query.limit;
    return { items: await this.versionsKeyed(keys.slice(0, query.limit)), more };
  }

  async pendingVersions() {
    const { rows } = await this.pool.query<{ name: string; version: number; storage_location: string; creation_timestamp: string }>(
      `SELECT name, version, storage_location, creation_timestamp FROM registry.model_versions
        WHERE status = 'PENDING_REGISTRATION' ORDER BY creation_timestamp`,
    );
    return rows.map((row) => ({
      name: row.name,
      version: row.version,
      storageLocation: row.storage_location,
      creationTimestamp: Number(row.creation_timestamp),
    }));
  }

  /** Models by name, in the order given (absent names are skipped), each with its latest version per stage. */
  private async modelsNamed(names: string[]): Promise<RegisteredModelView[]> {
    if (names.length === 0) return [];
    const [models, latest] = await Promise.all([
      this.pool.query<ModelRow>(`SELECT ${MODEL_COLUMNS} FROM registry.registered_models m WHERE m.name = ANY($1::text[])`, [names]),
      this.pool.query<VersionRow>(
        `SELECT ${VERSION_COLUMNS} FROM (
           SELECT DISTINCT ON (name, current_stage) * FROM registry.model_versions
            WHERE name = ANY($1::text[]) ORDER BY name, current_stage, version DESC) v`,
        [names],
      ),
    ]);
    const byName = new Map(models.rows.map((row) => [row.name, row]));
    const stageOrder = (stage: string) => STAGES.indexOf(stage as (typeof STAGES)[number]);
    return names.flatMap((name) => {
      const row = byName.get(name);
      if (!row) return [];
      const versions = latest.rows
        .filter((version) => version.name === name)
        .sort((a, b) => stageOrder(a.current_stage) - stageOrder(b.current_stage))
        .map(versionView);
      return [modelView(row, versions)];
    });
  }

  /** Versions by key, in the order given. */
  private async versionsKeyed(keys: Array<{ name: string; version: number }>): Promise<ModelVersionView[]> {
    if (keys.length === 0) return [];
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM registry.model_versions v
         JOIN unnest($1::text[], $2::int[]) AS k(name, version) ON v.name = k.name AND v.version = k.version`,
      [keys.map((k) => k.name), keys.map((k) => k.version)],
    );
    const byKey = new Map(rows.map((row) => [`${row.name}\u0000${row.version}`, versionView(row)]));
    return keys.flatMap((key) => byKey.get(`${key.name}\u0000${key.version}`) ?? []);
  }
}
