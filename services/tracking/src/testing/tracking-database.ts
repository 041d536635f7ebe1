import * as path from 'node:path';
import { createPool, loadMigrations, migrate, Pool } from '@cairn/postgres';
import { createTestDatabase } from '@cairn/postgres/testing';
import { createPostgresEventStore } from '@cairn/event-store';
import { CommandContext } from '../application/ports';

/** Test support for tracking's int specs (never imported by the service). */

export interface TrackingTestDatabase {
  pool: Pool;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A throwaway database with tracking's migrations and the event store, for one spec file. */
export async function createTrackingTestDatabase(label: string): Promise<TrackingTestDatabase> {
  const db = await createTestDatabase('cairn_tracking');
  const pool = createPool(db.url, label);
  await migrate(pool, 'tracking', loadMigrations(path.resolve(__dirname, '../../migrations')));
  await createPostgresEventStore({ pool }).init();
  return {
    pool,
    drop: async () => {
      await pool.end();
      await db.drop();
    },
  };
}

/** Command metadata whose clock moves one millisecond per command. */
export function testCommands(start = 1_700_000_000_000): () => CommandContext {
  let now = start;
  return () => ({ actor: 'tester', correlationId: 'c-1', now: now++ });
}
