import { CairnEvent, TOPICS } from '@cairn/contracts';
import { IdempotentConsumer, IdempotentConsumerOptions, MessageMeta } from '@cairn/messaging';
import type { PoolClient } from 'pg';
import { auditInsertOf } from './audit-record';

/** The audit consumer's group (and dedupe identity in `governance.processed_events`). */
export const AUDIT_GROUP_ID = 'governance.audit';
/** The registry now; `cairn.serving.events` joins by configuration when the serving gateway exists. */
export const AUDIT_TOPICS: readonly string[] = [TOPICS.registryEvents];

export type AuditConsumerOptions = Omit<IdempotentConsumerOptions, 'schema'>;

/**
 * Projects other services' events into `governance.audit` (governance's own are audited inline as they are
 * appended). The base class dedupes by event id in the row's transaction and dead-letters bad messages (no
 * position, invalid data); the insert is keyed by the global position with ON CONFLICT DO NOTHING, so a
 * redelivery, a replay from the `.dlq` or an event that also reached us another way writes one row.
 * Unknown event types are dead-lettered, not skipped (the default): an audit trail must not silently leave events
 * out; once the contracts know the type, the dead letters are replayed.
 *
 * Only events of the event store this governance verifies are recorded (same global position AND id in
 * `eventstore.events`): the audit trail is that store's hash chain, and a position names an event only within one
 * store. A message from another installation's store on the same topics (a shared broker: test runs, staging) would
 * otherwise take the position of one of ours and push it out; such messages are dropped as not ours.
 */
export class AuditConsumer extends IdempotentConsumer {
  constructor(options: AuditConsumerOptions) {
    super({ ...options, schema: 'governance' });
  }

  protected async handle(event: CairnEvent, tx: PoolClient, _meta: MessageMeta): Promise<void> {
    const row = auditInsertOf(event);
    await tx.query(
      `INSERT INTO governance.audit (position, event_id, stream, stream_version, type, actor, model, model_version,
         target_kind, target_name, occurred_at, data)
       SELECT $1, $2::uuid, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb
       WHERE EXISTS (SELECT 1 FROM eventstore.events WHERE global_position = $1 AND id = $2::uuid)
       ON CONFLICT (position) DO NOTHING`,
      [
        row.position,
        row.eventId,
        row.stream,
        row.streamVersion,
        row.type,
        row.actor,
        row.model,
        row.modelVersion,
        row.targetKind,
        row.targetName,
        row.occurredAt,
        JSON.stringify(row.data),
      ],
    );
  }
}
