import { assertSchemaName } from '@cairn/postgres';
import { Pool } from 'pg';

/** The last global position relay `name` published, or undefined when it never ran. */
export async function readCheckpoint(pool: Pool, schema: string, name: string): Promise<bigint | undefined> {
  const result = await pool.query<{ position: string }>(
    `SELECT position FROM ${assertSchemaName(schema)}.relay_checkpoints WHERE relay_name = $1`,
    [name],
  );
  return result.rows[0] ? BigInt(result.rows[0].position) : undefined;
}

export async function saveCheckpoint(pool: Pool, schema: string, name: string, position: bigint): Promise<void> {
  await pool.query(
    `INSERT INTO ${assertSchemaName(schema)}.relay_checkpoints (relay_name, position, updated_at)
     VALUES ($1, $2, now())
     ON CONFLICT (relay_name) DO UPDATE SET position = EXCLUDED.position, updated_at = now()`,
    [name, position.toString()],
  );
}
