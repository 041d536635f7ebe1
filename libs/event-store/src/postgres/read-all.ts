import { Pool } from '@cairn/postgres';
import { ReadAllOptions, RecordedEvent } from '../port';
import { afterOption, DEFAULT_READ_ALL_COUNT, intOption } from '../read-options';
import { EVENT_COLUMNS, EventRow, toRecorded } from './rows';

/**
 * Appends hold the advisory lock until commit and take their position (head + 1) under it, and PostgreSQL makes a
 * commit visible before it releases the transaction's locks. So the next append can only start once the previous
 * one is visible, and every snapshot sees a gapless prefix of positions: a reader resuming after the last position
 * it saw never steps over an event that commits later below it. Hence no "below the oldest open transaction" rule
 * here: that rule, being cluster-wide (`pg_snapshot_xmin`), let any long transaction in any database of the
 * cluster (a bulk load, a VACUUM, a backup) stall every relay.
 */
const READ_ALL_SQL = `
  SELECT ${EVENT_COLUMNS}
    FROM eventstore.events
   WHERE global_position > $1
   ORDER BY global_position
   LIMIT $2`;

export interface ReadAllPage {
  events: RecordedEvent[];
  /** Whether committed events follow that are not safe to hand out yet; never, with the append lock (see above). */
  heldBack: boolean;
}

/** Events after `after` in global order, at most `maxCount`. */
export async function readAllPage(pool: Pool, after: bigint, maxCount: number): Promise<ReadAllPage> {
  const result = await pool.query<EventRow>(READ_ALL_SQL, [after.toString(), maxCount]);
  return { events: result.rows.map(toRecorded), heldBack: false };
}

export async function readAll(pool: Pool, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
  const maxCount = intOption(options.maxCount, DEFAULT_READ_ALL_COUNT, 'maxCount', 0);
  return (await readAllPage(pool, afterOption(options.after), maxCount)).events;
}

/** The highest committed position (0 when empty): the port's `headPosition` and where a catch-up must reach. */
export async function committedHead(pool: Pool): Promise<bigint> {
  const result = await pool.query<{ head: string }>(
    'SELECT coalesce(max(global_position), 0)::text AS head FROM eventstore.events',
  );
  return BigInt(result.rows[0].head);
}
