import { chainBatches } from '@cairn/event-store';
import { Pool } from '@cairn/postgres';
import { ExportedEvent } from '../export-lines';

/**
 * Every stored event of `eventstore.events` up to `head`, in position order, a batch at a time (memory stays flat
 * however long the log), exactly as stored: the export must let an offline checker recompute the same hashes the
 * store's verify() does, so nothing is normalised here. `head` is fixed by the caller before the first batch, so
 * the export is a consistent prefix even while appends go on (positions are gapless and commit-ordered).
 */
export async function* exportEvents(pool: Pool, head: bigint, batchSize = 2000): AsyncGenerator<ExportedEvent[]> {
  if (head <= 0n) return;
  for await (const rows of chainBatches(pool, { upTo: head, batchSize })) {
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
  }
}
