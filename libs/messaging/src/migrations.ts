import * as path from 'node:path';
import { assertSchemaName, loadMigrations, migrate, Migration } from '@cairn/postgres';
import { Pool } from 'pg';

/**
 * The relay's and the consumer's tables live in a schema the caller names (the event store's, or the
 * service's own, DESIGN.md principle 2). The SQL is written unqualified and run with `search_path` set to that
 * schema; names are prefixed (`relay/001_checkpoints`) so they never clash with the service's own migrations
 * in the same `schema_migrations` table.
 */
export function messagingMigrations(folder: 'relay' | 'consumer', schema: string): Migration[] {
  assertSchemaName(schema);
  return loadMigrations(path.join(__dirname, 'migrations', folder)).map((migration) => ({
    name: `${folder}/${migration.name}`,
    sql: `SET LOCAL search_path TO ${schema};\n${migration.sql}`,
  }));
}

export function migrateRelay(pool: Pool, schema: string): Promise<string[]> {
  return migrate(pool, schema, messagingMigrations('relay', schema));
}

export function migrateConsumer(pool: Pool, schema: string): Promise<string[]> {
  return migrate(pool, schema, messagingMigrations('consumer', schema));
}
