import { Pool, PoolClient, PoolConfig } from 'pg';

export type { Pool, PoolClient } from 'pg';

/** A pool with our defaults; `application_name` shows which service holds a connection in pg_stat_activity. */
export function createPool(connectionString: string, applicationName: string, config: PoolConfig = {}): Pool {
  const pool = new Pool({ connectionString, application_name: applicationName, max: 10, ...config });
  // An idle client losing its connection must not crash the process; the next checkout reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
