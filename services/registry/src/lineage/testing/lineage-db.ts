import * as path from 'node:path';
import { createPool, loadMigrations, migrate } from '@cairn/postgres';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import type { Pool } from 'pg';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../../migrations');

/**
 * A throwaway database with the registry schema's lineage tables. Only `003_lineage` is applied: the lineage tables
 * depend on no other registry table, and these tests must not depend on the read models' migrations.
 */
export async function openLineageDatabase(): Promise<{ db: TestDatabase; pool: Pool; close(): Promise<void> }> {
  const db = await createTestDatabase('cairn_lineage');
  const pool = createPool(db.url, 'lineage-test');
  await migrate(pool, 'registry', loadMigrations(MIGRATIONS_DIR).filter((migration) => migration.name === '003_lineage'));
  return {
    db,
    pool,
    async close() {
      await pool.end();
      await db.drop();
    },
  };
}
