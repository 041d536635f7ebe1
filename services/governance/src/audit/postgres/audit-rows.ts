import { AuditRecord } from '../audit-record';

/** The columns every audit read selects, and their mapping (shared by the query and explain readers). */
export const AUDIT_COLUMNS = `position, event_id, stream, stream_version, type, actor, model, model_version, target_kind,
  target_name, deployment, occurred_at, data`;

export interface AuditRow {
  /** bigint as a decimal string (node-postgres). */
  position: string;
  event_id: string;
  stream: string;
  stream_version: number;
  type: string;
  actor: string;
  model: string | null;
  model_version: number | null;
  target_kind: string | null;
  target_name: string | null;
  deployment: string | null;
  occurred_at: Date;
  data: Record<string, unknown>;
}

export const toAuditRecord = (row: AuditRow): AuditRecord => ({
  position: BigInt(row.position),
  eventId: row.event_id,
  stream: row.stream,
  streamVersion: row.stream_version,
  type: row.type,
  actor: row.actor,
  model: row.model,
  modelVersion: row.model_version,
  targetKind: row.target_kind,
  targetName: row.target_name,
  deployment: row.deployment,
  occurredAt: row.occurred_at.getTime(),
  data: row.data,
});
