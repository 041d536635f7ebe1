import { CairnEvent, TOPICS } from '@cairn/contracts';
import { IdempotentConsumer, IdempotentConsumerOptions, MessageMeta } from '@cairn/messaging';
import type { PoolClient } from 'pg';
import { lineageWriteOf } from './lineage-events';
import { applyLineageWrite } from './postgres/apply-write';

/** The consumer group (and dedupe identity in `registry.processed_events`) of the registry's lineage. */
export const LINEAGE_GROUP_ID = 'registry.lineage';
export const LINEAGE_TOPIC = TOPICS.trackingEvents;
/** The lineage tables, and the consumer's `processed_events`, live in the registry's own schema. */
export const LINEAGE_SCHEMA = 'registry';

export type LineageConsumerOptions = Omit<IdempotentConsumerOptions, 'schema' | 'groupId' | 'topics'> &
  Partial<Pick<IdempotentConsumerOptions, 'groupId' | 'topics'>>;

/**
 * Records runs, datasets and logged models from `cairn.tracking.events` (the issue "the registry consumes
 * cairn.tracking.events for lineage"). The base class dedupes by event id in the same transaction as the write and
 * dead-letters bad messages; the writes themselves are order-independent upserts (postgres/apply-write.ts), so a
 * redelivery or a replay from the `.dlq` is harmless. Events lineage does not use are skipped (and marked
 * processed), never dead-lettered: other services may add types to the topic.
 */
export class LineageConsumer extends IdempotentConsumer {
  constructor(options: LineageConsumerOptions) {
    // Types this build does not know yet (a newer tracking deployed first) are skipped too, not dead-lettered.
    super({ groupId: LINEAGE_GROUP_ID, topics: [LINEAGE_TOPIC], skipUnknownEventTypes: true, ...options, schema: LINEAGE_SCHEMA });
  }

  protected async handle(event: CairnEvent, tx: PoolClient, _meta: MessageMeta): Promise<void> {
    const write = lineageWriteOf(event);
    if (write) await applyLineageWrite(tx, write);
  }
}
