import { Pool } from '@cairn/postgres';
import { eventHash } from '../hash';
import { VerifyResult } from '../port';
import { EVENT_COLUMNS, EventRow, hashedFields } from './rows';

/** A stored event with its link in the chain, as `eventstore.events` keeps it. */
export type ChainRow = EventRow & { prev_hash: Buffer | null; hash: Buffer };

/**
 * Every stored row with its chain link, in position order, a batch at a time (memory stays constant however long
 * the log), up to position `upTo` when given: what verify() walks and what an audit export writes out.
 */
export async function* chainBatches(pool: Pool, options: { upTo?: bigint; batchSize?: number } = {}): AsyncGenerator<ChainRow[]> {
  const { upTo, batchSize = 1000 } = options;
  const bound = upTo === undefined ? '' : ' AND global_position <= $3';
  let after = 0n;
  for (;;) {
    const { rows } = await pool.query<ChainRow>(
      `SELECT ${EVENT_COLUMNS}, prev_hash, hash FROM eventstore.events
        WHERE global_position > $1${bound} ORDER BY global_position LIMIT $2`,
      [after.toString(), batchSize, ...(upTo === undefined ? [] : [upTo.toString()])],
    );
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = BigInt(rows[rows.length - 1].global_position);
  }
}

function sameHash(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/**
 * Walks the chain in position order, a batch at a time (memory stays constant however long the log), recomputing
 * each hash from the row as stored. Reports the first link that does not hold: a missing position (deleted row),
 * a prev_hash that is not the previous row's hash (deleted or reordered rows), or a hash that does not match the
 * row's content (edited row). Deleting rows at the very end leaves a shorter valid chain: compare `headPosition`
 * and `headHash` with a value recorded elsewhere to catch that.
 */
export async function verify(pool: Pool, batchSize = 1000): Promise<VerifyResult> {
  let expected = 1n;
  let prev: Buffer | null = null;
  let checked = 0;
  const result = (firstBroken?: VerifyResult['firstBroken']): VerifyResult => ({
    ok: firstBroken === undefined,
    checked,
    headHash: prev ? prev.toString('hex') : null,
    headPosition: checked > 0 ? expected - 1n : null,
    ...(firstBroken ? { firstBroken } : {}),
  });

  for await (const rows of chainBatches(pool, { batchSize })) {
    for (const row of rows) {
      const position = BigInt(row.global_position);
      if (position !== expected) {
        return result({ position: expected, reason: `position ${expected} is missing (next stored is ${position})` });
      }
      if (!sameHash(row.prev_hash, prev)) {
        return result({ position, reason: 'prev_hash is not the hash of the event before it (rows deleted or moved)' });
      }
      const hash = eventHash(prev, hashedFields(row));
      if (!hash.equals(row.hash)) {
        return result({ position, reason: 'content does not match its hash (row edited)' });
      }
      prev = row.hash;
      expected += 1n;
      checked += 1;
    }
  }
  return result();
}
