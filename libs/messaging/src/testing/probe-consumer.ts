import { CairnEvent, EVENT_HEADERS, InvalidArgument } from '@cairn/contracts';
import { assertSchemaName } from '@cairn/postgres';
import { context, trace } from '@opentelemetry/api';
import { Pool, PoolClient } from 'pg';
import { IdempotentConsumer, IdempotentConsumerOptions, MessageMeta } from '../idempotent-consumer';

/** A row per handled probe, numbered in the order the handler saw them (`seen` is a sequence). */
export async function createProbeTable(pool: Pool, schema: string): Promise<void> {
  assertSchemaName(schema);
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(`CREATE TABLE IF NOT EXISTS ${schema}.probes_seen (
    seen bigserial PRIMARY KEY, stream text NOT NULL, sequence int NOT NULL, event_id uuid NOT NULL,
    header_event_id text, header_traceparent text, active_trace_id text)`);
}

export interface ProbeConsumerOptions extends IdempotentConsumerOptions {
  /** Called inside the transaction, after the row is written. */
  onHandled?: (event: CairnEvent, meta: MessageMeta) => void;
}

/** The tiny purpose-built consumer of the backbone tests: records each probe in the handler's transaction. */
export class ProbeConsumer extends IdempotentConsumer {
  constructor(private readonly probeOptions: ProbeConsumerOptions) {
    super(probeOptions);
  }

  protected async handle(event: CairnEvent, tx: PoolClient, meta: MessageMeta): Promise<void> {
    if (event.type !== 'ProbeRecorded') throw new InvalidArgument('PROBE.NOT_A_PROBE', `unexpected ${event.type}`);
    const header = (name: string) => meta.headers[name]?.toString() ?? null;
    await tx.query(
      `INSERT INTO ${this.options.schema}.probes_seen
         (stream, sequence, event_id, header_event_id, header_traceparent, active_trace_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        event.stream,
        event.data.sequence,
        event.id,
        header(EVENT_HEADERS.eventId),
        header(EVENT_HEADERS.traceparent),
        trace.getSpanContext(context.active())?.traceId ?? null,
      ],
    );
    this.probeOptions.onHandled?.(event, meta);
  }
}
