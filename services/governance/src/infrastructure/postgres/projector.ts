import { EventData } from '@cairn/contracts';
import { accessProjection } from '../../access/access-projection';
import { DECISION_EVENT_TYPES, DecisionEvent, POLICY_EVENT_TYPES, PolicyEvent, PRINCIPAL_EVENT_TYPES, PrincipalEvent } from '../../domain';

/**
 * Governance events → SQL statements for the read models in schema `governance` (pure, unit-tested). Each
 * statement reads nothing but the event and is idempotent (upserts, absolute values, guarded appends), so a
 * replay over tables that already hold the rows changes nothing. The caller runs them in the transaction that
 * appends the events, or in a rebuild.
 */
export interface Statement {
  text: string;
  values: unknown[];
}

const sql = (text: string, ...values: unknown[]): Statement => ({ text, values });

type Projected = PolicyEvent | DecisionEvent;
type Handler<E extends Projected> = (data: E['data']) => Statement[];
type Handlers = { [K in Projected['type']]: Handler<Extract<Projected, { type: K }>> };

const closeDecision = (decisionId: string, status: string, timestamp: number, set = '', ...values: unknown[]) =>
  sql(
    `UPDATE governance.decisions SET status = $2, closed_at = $3${set} WHERE decision_id = $1`,
    decisionId,
    status,
    timestamp,
    ...values,
  );

const PROJECTIONS: Handlers = {
  PolicyVersionPublished: (d) => [
    sql(
      `INSERT INTO governance.policies (policy_id, version, name, description, scope, effect, approvals, message, source,
         hash, published_by, published_at, retired_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, NULL)
       ON CONFLICT (policy_id) DO UPDATE SET version = excluded.version, name = excluded.name,
         description = excluded.description, scope = excluded.scope, effect = excluded.effect,
         approvals = excluded.approvals, message = excluded.message, source = excluded.source, hash = excluded.hash,
         published_by = excluded.published_by, published_at = excluded.published_at, retired_at = NULL
       WHERE governance.policies.version <= excluded.version`,
      d.policyId,
      d.version,
      d.name,
      d.description,
      JSON.stringify(d.scope),
      d.effect,
      d.approvals ?? null,
      d.message,
      d.source,
      d.hash,
      d.publishedBy,
      d.timestamp,
    ),
  ],
  // Only the version it retired: a later publish (replayed out of order never happens, but be safe) stays live.
  PolicyRetired: (d) => [
    sql(
      'UPDATE governance.policies SET retired_at = $3 WHERE policy_id = $1 AND version = $2',
      d.policyId,
      d.version,
      d.timestamp,
    ),
  ],

  PolicyEvaluated: (d) => [
    sql(
      `INSERT INTO governance.decisions (decision_id, model, model_version, target_kind, target_name, request_id,
         requester, outcome, reasons, policies, approvals_required, status, evaluated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $13)
       ON CONFLICT (decision_id) DO NOTHING`,
      d.decisionId,
      d.subject.model,
      d.subject.version,
      d.subject.target.kind,
      d.subject.target.name,
      d.subject.requestId ?? null,
      d.requester,
      d.outcome,
      JSON.stringify(d.reasons),
      JSON.stringify(d.policies),
      d.approvalsRequired ?? null,
      d.outcome === 'allow' ? 'allowed' : d.outcome === 'deny' ? 'denied' : 'awaiting-approval',
      d.timestamp,
    ),
  ],
  ApprovalRequested: (d) => [
    sql(
      'UPDATE governance.decisions SET approvals_required = $2 WHERE decision_id = $1',
      d.decisionId,
      d.approvalsRequired,
    ),
  ],
  // Distinct approvers, in order: a replayed grant is not counted twice.
  ApprovalGranted: (d) => [
    sql(
      `UPDATE governance.decisions SET approvers = approvers || $2::text
       WHERE decision_id = $1 AND NOT ($2 = ANY (approvers))`,
      d.decisionId,
      d.approver,
    ),
  ],
  ApprovalRejected: (d) => [
    sql(
      'UPDATE governance.decisions SET rejected_by = $2, rejection = $3 WHERE decision_id = $1',
      d.decisionId,
      d.approver,
      d.reason,
    ),
  ],
  PromotionApproved: (d) => [closeDecision(d.decisionId, 'approved', d.timestamp)],
  PromotionRejected: (d) => [closeDecision(d.decisionId, 'rejected', d.timestamp, ', rejected_by = $4', d.rejectedBy)],
};

const PROJECTED_TYPES = new Set<string>([...POLICY_EVENT_TYPES, ...DECISION_EVENT_TYPES]);
const PRINCIPAL_TYPES = new Set<string>(PRINCIPAL_EVENT_TYPES);

/** The read-model statements of one event; none for the categories only the audit table records. */
export function projection(event: { type: string; data: unknown }): Statement[] {
  if (PRINCIPAL_TYPES.has(event.type)) return accessProjection(event as PrincipalEvent);
  if (!PROJECTED_TYPES.has(event.type)) return [];
  const handler = PROJECTIONS[event.type as Projected['type']] as Handler<Projected>;
  return handler(event.data as EventData<Projected['type']>);
}

/** A stored event as the audit table records it (RecordedEvent's fields, by name). */
export interface AuditedEvent {
  id: string;
  stream: string;
  version: number;
  globalPosition: bigint;
  type: string;
  actor: string;
  occurredAt: string;
  data: unknown;
  /** `data` already serialised (the event store's canonical JSON of it), so it is not serialised again. */
  dataJson?: string;
}

interface SubjectLike {
  decisionId?: string;
  subject?: { model?: string; version?: number; target?: { kind?: string; name?: string } };
}

/**
 * One audit row per stored event. Decision events that carry no subject (approvals) take it from their decision's
 * row, which PolicyEvaluated (always the stream's first event) projected earlier in the same order, live or replayed.
 */
export function auditRow(event: AuditedEvent): Statement {
  const data = event.data as SubjectLike;
  const subject = data.subject;
  const decisionId = subject ? null : (data.decisionId ?? null);
  const fromDecision = (column: string, n: number) =>
    `COALESCE($${n}, (SELECT ${column} FROM governance.decisions WHERE decision_id = $13))`;
  return sql(
    `INSERT INTO governance.audit (position, event_id, stream, stream_version, type, actor, model, model_version,
       target_kind, target_name, occurred_at, data)
     VALUES ($1, $2::uuid, $3, $4, $5, $6, ${fromDecision('model', 7)}, ${fromDecision('model_version', 8)},
       ${fromDecision('target_kind', 9)}, ${fromDecision('target_name', 10)}, $11, $12::jsonb)
     ON CONFLICT (position) DO NOTHING`,
    event.globalPosition.toString(),
    event.id,
    event.stream,
    event.version,
    event.type,
    event.actor,
    subject?.model ?? null,
    subject?.version ?? null,
    subject?.target?.kind ?? null,
    subject?.target?.name ?? null,
    event.occurredAt,
    event.dataJson ?? JSON.stringify(event.data),
    decisionId,
  );
}

/** Anything that runs SQL: a pool client in a transaction. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

export async function run(db: Queryable, statements: readonly Statement[]): Promise<void> {
  for (const statement of statements) await db.query(statement.text, statement.values);
}

// pg's own value preparation (arrays → array literals, objects → JSON, dates), the one it applies to parameters.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => unknown };

/**
 * A statement with its values written in as quoted literals (as the registry's inline-statements.ts), so several
 * travel in one simple-protocol query: the write path sends BEGIN + projection + append lock in one round trip and
 * the audit rows + COMMIT in another. Every value goes through pg's `prepareValue` and `escapeLiteral` and is quoted
 * even when numeric, so PostgreSQL types it from its context as it types a parameter. Only `$n` in the statement's
 * own text are replaced (one pass); values are never rescanned.
 */
export function inlineStatement({ text, values }: Statement): string {
  return text.replace(/\$(\d+)/g, (_, index: string) => {
    const prepared = prepareValue(values[Number(index) - 1]);
    return prepared === null || prepared === undefined ? 'NULL' : quote(String(prepared));
  });
}

/**
 * pg's `escapeLiteral` (quotes doubled; with a backslash, backslashes doubled and the E'' form), with whole-string
 * replaces instead of its character loop: the values here are events' JSON, tens of kilobytes.
 */
export function quote(value: string): string {
  const quoted = `'${value.replace(/'/g, "''")}'`;
  return value.includes('\\') ? ` E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}

/** Several statements as one query text, each followed by `;` (empty for none). */
export const inlineBatch = (statements: readonly Statement[]): string =>
  statements.map((statement) => `${inlineStatement(statement)};\n`).join('');

/** Governance's stream categories: every event in them is audited; policy and decision ones are also projected. */
export const GOVERNANCE_CATEGORIES = ['policy', 'decision', 'principal', 'access'] as const;
export const isGovernanceStream = (stream: string): boolean =>
  GOVERNANCE_CATEGORIES.some((category) => stream.startsWith(`${category}-`));
