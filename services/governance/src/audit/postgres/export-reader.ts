import { Pool } from '@cairn/postgres';
import { ExportedEvent } from '../export-lines';

interface StoredRow {
  global_position: string;
  id: string;
  stream: string;
  version: number;
  type: string;
  data: unknown;
  metadata: unknown;
  occurred_at: Date;
  prev_hash: Buffer | null;
  hash: Buffer;
}

/**
 * Every stored event of `eventstore.events` up to `head`, in position order, a batch at a time (memory stays flat
 * however long the log), exactly as stored: the export must let an offline checker recompute the same hashes the
 * store's verify() does, so nothing is normalised here. `head` is fixed by the caller before the first batch, so
 * the export is a consistent prefix even while appends go on (positions are gapless and commit-ordered).
 */
export async function* exportEvents(pool: Pool, head: bigint, batchSize = 2000): AsyncGenerator<ExportedEvent[]> {
  let after = 0n;
  while (after < head) {
    const { rows } = await pool.query<StoredRow>(
      `SELECT global_position, id, stream, version, type, data, metadata, occurred_at, prev_hash, hash
         FROM eventstore.events WHERE global_position > $1 AND global_position <= $2
        ORDER BY global_position LIMIT $3`,
      [after.toString(), head.toString(), batchSize],
    );
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      position: row.global_position,
      id: row.id,
      stream: row.stream,
      version: row.version,
      type: row.type,
      data: row.data,
      metadata: row.metadata,
      occurred_at: row.occurred_at.toISOString(),
      prev_hash: row.prev_hash ? row.prev_hash.toString('hex') : null,
      hash: row.hash.toString('hex'),
    }));
    after = BigInt(rows[rows.length - 1].global_position);
  }
}
