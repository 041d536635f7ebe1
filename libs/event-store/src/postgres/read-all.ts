import { Pool } from '@cairn/postgres';
import { ReadAllOptions, RecordedEvent } from '../port';
import { afterOption, DEFAULT_READ_ALL_COUNT, intOption } from '../read-options';
import { EVENT_COLUMNS, EventRow, toRecorded } from './rows';

/**
 * Appends hold the advisory lock until commit, so positions already commit in order. As belt and braces, each row
 * also says whether it is `settled`: written by a transaction older than every transaction still running (the
 * oldest xid in the current snapshot), so nothing still in flight can commit below it.
 */
const READ_ALL_SQL = `
  WITH snapshot AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
  SELECT ${EVENT_COLUMNS}, transaction_id < snapshot.xmin AS settled
    FROM eventstore.events, snapshot
   WHERE global_position > $1
   ORDER BY global_position
   LIMIT $2`;

export interface ReadAllPage {
  events: RecordedEvent[];
  /** True when committed rows follow that are not settled yet: read again soon rather than at the next poll. */
  heldBack: boolean;
}

/**
 * Events after `after` in global order, stopping before the first row that is not settled: a reader that resumes
 * from the last position it saw can never step over an event that commits later below it.
 */
export async function readAllPage(pool: Pool, after: bigint, maxCount: number): Promise<ReadAllPage> {
  const result = await pool.query<EventRow & { settled: boolean }>(READ_ALL_SQL, [after.toString(), maxCount]);
  const events: RecordedEvent[] = [];
  for (const row of result.rows) {
    if (!row.settled) return { events, heldBack: true };
    events.push(toRecorded(row));
  }
  return { events, heldBack: false };
}

export async function readAll(pool: Pool, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
  const maxCount = intOption(options.maxCount, DEFAULT_READ_ALL_COUNT, 'maxCount', 0);
  return (await readAllPage(pool, afterOption(options.after), maxCount)).events;
}

/**
 * The highest committed position (0 when empty), settled or not: what a catch-up must reach before it is caught
 * up, since events held back when it started existed then too.
 */
export async function committedHead(pool: Pool): Promise<bigint> {
  const result = await pool.query<{ head: string }>(
    'SELECT coalesce(max(global_position), 0)::text AS head FROM eventstore.events',
  );
  return BigInt(result.rows[0].head);
}

// max() with a filter walks the primary key backwards, so only the few unsettled newest rows are skipped.
const VISIBLE_HEAD_SQL = `
  SELECT coalesce(max(global_position), 0)::text AS head
    FROM eventstore.events
   WHERE transaction_id < (SELECT pg_snapshot_xmin(pg_current_snapshot()))`;

/**
 * The newest settled position (0 when empty): the port's `headPosition`, under readAll's rule. Appends take
 * their transaction id under the append lock, so settled rows form a prefix and this is where readAll stops.
 * (An `appendInTransaction` whose transaction wrote before taking the lock can put it briefly ahead.)
 */
export async function visibleHead(pool: Pool): Promise<bigint> {
  const result = await pool.query<{ head: string }>(VISIBLE_HEAD_SQL);
  return BigInt(result.rows[0].head);
}
