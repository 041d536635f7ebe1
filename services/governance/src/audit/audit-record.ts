import { invalid } from '../domain';

/**
 * One row of `governance.audit` as the audit code reads it, and how an event from another service becomes one
 * (pure: the consumer and the unit tests share it). Governance's own events are audited inline by
 * infrastructure/postgres/projector.ts `auditRow`; the columns are the same.
 */
export interface AuditRecord {
  /** The event store's global position: the row's key and the trail's order. */
  position: bigint;
  eventId: string;
  stream: string;
  streamVersion: number;
  type: string;
  actor: string;
  model: string | null;
  modelVersion: number | null;
  targetKind: string | null;
  targetName: string | null;
  deployment: string | null;
  /** Epoch ms. */
  occurredAt: number;
  data: Record<string, unknown>;
}

/** The envelope fields an audit row is made of (libs/contracts EventEnvelope; `position` as a decimal string). */
export interface AuditedEnvelope {
  id: string;
  type: string;
  stream: string;
  version: number;
  position?: string;
  occurredAt: string;
  actor: string;
  data: unknown;
}

/** The columns the consumer writes (decision_id, request_id and deployment are generated from data: 003_audit). */
export interface AuditInsert {
  position: string;
  eventId: string;
  stream: string;
  streamVersion: number;
  type: string;
  actor: string;
  model: string | null;
  modelVersion: number | null;
  targetKind: string | null;
  targetName: string | null;
  occurredAt: string;
  data: unknown;
}

type Target = { kind: string; name: string } | null;

const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const int = (value: unknown): number | null => (Number.isInteger(value) ? (value as number) : null);

/** A registry promotion target (`{kind:'alias', alias}` / `{kind:'stage', stage}`) as an audit target. */
function promotionTarget(target: unknown): Target {
  const t = (target ?? {}) as { kind?: unknown; alias?: unknown; stage?: unknown };
  if (t.kind === 'alias' && str(t.alias)) return { kind: 'alias', name: t.alias as string };
  if (t.kind === 'stage' && str(t.stage)) return { kind: 'stage', name: t.stage as string };
  return null;
}

/**
 * The target an event is about, so ExplainDeployment finds "what did alias champion / stage Production of model m
 * point at" with one index (model, target_kind, target_name, position). A StageTransitioned is filed under the
 * stage it moved TO; leaving a stage is found through the version's later transitions.
 */
function targetOf(type: string, data: Record<string, unknown>): Target {
  switch (type) {
    case 'AliasAssigned':
    case 'AliasDeleted':
      return str(data.alias) ? { kind: 'alias', name: data.alias as string } : null;
    case 'StageTransitioned':
      return str(data.to) ? { kind: 'stage', name: data.to as string } : null;
    default:
      if ('target' in data) return promotionTarget(data.target);
      // Serving's events name their deployment (the generated `deployment` column reads data.deployment too).
      return str(data.deployment) ? { kind: 'deployment', name: data.deployment as string } : null;
  }
}

/**
 * The audit row of a registry or serving event. The model is the registry's `name` (serving's events are expected
 * to say `model`); the version is `version`. Throws INVALID_ARGUMENT when the envelope has no position: the row is keyed
 * by it, so such a message is a bad message (dead-lettered), never stored under a made-up key.
 */
export function auditInsertOf(event: AuditedEnvelope): AuditInsert {
  if (!event.position || !/^\d+$/.test(event.position)) {
    invalid(`event ${event.id} (${event.type}) carries no global position; the audit trail is keyed by it`, {
      eventId: event.id,
      type: event.type,
    });
  }
  const data = (event.data ?? {}) as Record<string, unknown>;
  const target = targetOf(event.type, data);
  return {
    position: event.position,
    eventId: event.id,
    stream: event.stream,
    streamVersion: event.version,
    type: event.type,
    actor: event.actor,
    model: str(data.model) ?? str(data.name),
    modelVersion: int(data.version),
    targetKind: target?.kind ?? null,
    targetName: target?.name ?? null,
    occurredAt: event.occurredAt,
    data,
  };
}
