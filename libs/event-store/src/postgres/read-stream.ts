import { Pool } from '@cairn/postgres';
import { ReadStreamOptions, RecordedEvent } from '../port';
import { intOption } from '../read-options';
import { EVENT_COLUMNS, EventRow, toRecorded } from './rows';

export async function readStream(
  pool: Pool,
  stream: string,
  options: ReadStreamOptions = {},
): Promise<RecordedEvent[]> {
  const fromVersion = intOption(options.fromVersion, 1, 'fromVersion', 1);
  const maxCount = intOption(options.maxCount, 2_147_483_647, 'maxCount', 0);
  const result = await pool.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM eventstore.events
      WHERE stream = $1 AND version >= $2 ORDER BY version LIMIT $3`,
    [stream, fromVersion, maxCount],
  );
  return result.rows.map(toRecorded);
}

export async function streamVersion(pool: Pool, stream: string): Promise<number> {
  const result = await pool.query<{ version: number }>(
    'SELECT coalesce(max(version), 0) AS version FROM eventstore.events WHERE stream = $1',
    [stream],
  );
  return result.rows[0].version;
}
