import { assertSchemaName } from '@cairn/postgres';
import { PoolClient } from 'pg';

/**
 * Records that `consumer` handled `eventId`, inside the handler's transaction. False when it already had:
 * the message is a duplicate (relay re-send or Kafka redelivery) and must be skipped.
 */
export async function markProcessed(tx: PoolClient, schema: string, consumer: string, eventId: string): Promise<boolean> {
  const result = await tx.query(
    `INSERT INTO ${assertSchemaName(schema)}.processed_events (consumer, event_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING`,
    [consumer, eventId],
  );
  return result.rowCount === 1;
}

/** The same for several events in one statement; returns the ids (lower-case) that were new. */
export async function markProcessedMany(
  tx: PoolClient,
  schema: string,
  consumer: string,
  eventIds: readonly string[],
): Promise<Set<string>> {
  const result = await tx.query<{ event_id: string }>(
    `INSERT INTO ${assertSchemaName(schema)}.processed_events (consumer, event_id)
     SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, eventIds],
  );
  return new Set(result.rows.map((row) => row.event_id.toLowerCase()));
}
