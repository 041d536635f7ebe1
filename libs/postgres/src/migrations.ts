import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Pool } from 'pg';
import { withTransaction } from './pool';

/**
 * Versioned migrations: `<dir>/<NNN_name>/up.sql`, applied in name order, once each, recorded in
 * `<schema>.schema_migrations` with a checksum so an edited, already-applied migration is refused.
 * Concurrent starters serialise on an advisory lock keyed by the schema.
 */
export interface Migration {
  name: string;
  sql: string;
}

export function loadMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((entry) => statSync(path.join(dir, entry)).isDirectory())
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, 'up.sql'), 'utf8') }));
}

function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

export class MigrationChecksumMismatch extends Error {
  constructor(readonly schema: string, readonly migration: string) {
    super(`migration ${schema}/${migration} was edited after it was applied; add a new migration instead`);
  }
}

/** Schema names are spliced into SQL text (they cannot be bind parameters), so only plain lower-case names pass. */
export function assertSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name "${schema}"`);
  return schema;
}

export async function migrate(pool: Pool, schema: string, migrations: Migration[]): Promise<string[]> {
  assertSchemaName(schema);
  return withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`cairn.migrate.${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const applied = await client.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM ${schema}.schema_migrations`,
    );
    const known = new Map(applied.rows.map((row) => [row.name, row.checksum]));
    const ran: string[] = [];
    for (const migration of migrations) {
      const sum = checksum(migration.sql);
      const previous = known.get(migration.name);
      if (previous !== undefined) {
        if (previous !== sum) throw new MigrationChecksumMismatch(schema, migration.name);
        continue;
      }
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${schema}.schema_migrations (name, checksum) VALUES ($1, $2)`, [
        migration.name,
        sum,
      ]);
      ran.push(migration.name);
    }
    return ran;
  });
}
