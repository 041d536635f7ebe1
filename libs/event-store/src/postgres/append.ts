import { Conflict, NewEvent } from '@cairn/contracts';
import { PoolClient } from '@cairn/postgres';
import { assertValidExpectedVersion } from '../expected-version';
import { StoredId } from '../idempotency';
import { AppendResult, ExpectedVersion, RecordedEvent } from '../port';
import { PreparedEvent, prepareEvents } from '../prepare';
import { AppendRequest, planAppends, PlannedRow } from './plan';
import { EVENT_COLUMNS, EventRow, toRecorded } from './rows';

/**
 * One key for every append, in the two-int advisory-lock key space (distinct from single-bigint keys such as the
 * migrator's). Holding it until commit serialises appends: positions are assigned gapless and in commit order,
 * and each append can read the chain's head hash knowing no other append is in between.
 */
export const APPEND_LOCK_SQL = 'SELECT pg_advisory_xact_lock(1128354382, 1)';
export const APPENDED_CHANNEL = 'eventstore_appended';

// max(version) per stream is answered from the (stream, version) index, one probe per stream.
const STATE_SQL = `
  SELECT
    (SELECT coalesce(json_object_agg(s.stream, v.version), '{}')
       FROM unnest($1::text[]) AS s(stream)
       CROSS JOIN LATERAL (SELECT max(version) AS version FROM eventstore.events e WHERE e.stream = s.stream) AS v
      WHERE v.version IS NOT NULL) AS versions,
    head.global_position AS head_position,
    head.hash AS head_hash,
    (SELECT coalesce(json_agg(json_build_object('id', id, 'stream', stream, 'version', version)), '[]')
       FROM eventstore.events WHERE id = ANY($2::uuid[])) AS stored_ids
  FROM (SELECT 1) AS one
  LEFT JOIN LATERAL (
    SELECT global_position, hash FROM eventstore.events ORDER BY global_position DESC LIMIT 1
  ) AS head ON true`;

// One statement for the whole group, however large: arrays in, unnest out.
const INSERT_SQL = `
  WITH inserted AS (
    INSERT INTO eventstore.events
      (global_position, id, stream, version, type, data, metadata, occurred_at, prev_hash, hash)
    SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::jsonb[], $7::jsonb[],
                         $8::timestamptz[], $9::bytea[], $10::bytea[])
    RETURNING global_position
  )
  SELECT pg_notify('${APPENDED_CHANNEL}', max(global_position)::text) FROM inserted`;

interface StateRow {
  versions: Record<string, number>;
  head_position: string | null;
  head_hash: Buffer | null;
  stored_ids: StoredId[];
}

export type AppendOutcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

async function insert(client: PoolClient, rows: PlannedRow[]): Promise<void> {
  try {
    await client.query(INSERT_SQL, [
      rows.map((row) => row.event.position),
      rows.map((row) => row.event.id),
      rows.map((row) => row.event.stream),
      rows.map((row) => row.event.version),
      rows.map((row) => row.event.type),
      rows.map((row) => row.dataJson),
      rows.map((row) => row.metadataJson),
      rows.map((row) => row.event.occurredAt),
      rows.map((row) => row.prevHash),
      rows.map((row) => row.hash),
    ]);
  } catch (error) {
    // Under the lock this should not happen; if it does (a writer that skipped the lock), say so plainly.
    if ((error as { code?: string }).code === '23505') {
      throw new Conflict('EVENT_STORE.CONCURRENT_APPEND', 'an append clashed with a write that bypassed the lock', {
        constraint: (error as { constraint?: string }).constraint,
      });
    }
    throw error;
  }
}

async function storedEvents(client: PoolClient, ids: string[]): Promise<Map<string, RecordedEvent>> {
  if (ids.length === 0) return new Map();
  const { rows } = await client.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM eventstore.events WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, toRecorded(row)]));
}

/**
 * Appends a group of already-validated requests in `client`'s open transaction (the caller commits): lock, read
 * the state the group depends on, decide every append, write all new events in one statement. A request that
 * fails its checks writes nothing and leaves the transaction usable; any other error aborts the transaction.
 * Needs READ COMMITTED (the default): the state read must see appends committed while we waited for the lock.
 */
export async function appendGroup(
  client: PoolClient,
  requests: AppendRequest[],
  lockHeld = false,
): Promise<AppendOutcome[]> {
  if (!lockHeld) await client.query(APPEND_LOCK_SQL);
  const streams = [...new Set(requests.map((request) => request.stream))];
  const ids = requests.flatMap((request) => request.prepared.map((event) => event.id));
  const state = (await client.query<StateRow>(STATE_SQL, [streams, ids])).rows[0];
  const plan = planAppends(requests, {
    head: { position: BigInt(state.head_position ?? '0'), hash: state.head_hash },
    versions: new Map(Object.entries(state.versions)),
    stored: state.stored_ids,
  });
  if (plan.rows.length > 0) await insert(client, plan.rows);

  const retried = await storedEvents(
    client,
    plan.outcomes.flatMap((outcome) => (outcome.kind === 'retry' ? outcome.ids : [])),
  );
  return plan.outcomes.map((outcome): AppendOutcome => {
    if (outcome.kind === 'written') return { ok: true, result: outcome.result };
    if (outcome.kind === 'failed') return { ok: false, error: outcome.error };
    // A retry: the original append's events, as stored.
    const events = outcome.ids.map((id) => retried.get(id)!);
    const last = events[events.length - 1];
    return { ok: true, result: { nextExpectedVersion: last.version, lastPosition: last.globalPosition, events } };
  });
}

/**
 * Appends inside the caller's open transaction; the caller commits. This lets a service write its own rows and
 * the events atomically, at a price: the append lock is held until that transaction ends, so keep it short.
 */
export async function appendInTransaction(
  client: PoolClient,
  stream: string,
  events: NewEvent[],
  expected: ExpectedVersion,
): Promise<AppendResult> {
  assertValidExpectedVersion(expected);
  return appendPreparedInTransaction(client, stream, prepareEvents(stream, events), expected);
}

/**
 * appendInTransaction for events the caller has already prepared (`prepareEvents`: validated, normalised,
 * canonical JSON), so a service that projects the normalised data before appending parses it once. `lockHeld`:
 * the caller already ran APPEND_LOCK_SQL in this transaction (sent with its own statements in one round trip).
 */
export async function appendPreparedInTransaction(
  client: PoolClient,
  stream: string,
  prepared: PreparedEvent[],
  expected: ExpectedVersion,
  lockHeld = false,
): Promise<AppendResult> {
  assertValidExpectedVersion(expected);
  const [outcome] = await appendGroup(client, [{ stream, prepared, expected }], lockHeld);
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
