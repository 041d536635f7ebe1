import { decision } from '../grpc/to-proto';
import type { AuditEvent } from '../grpc/generated/cairn/governance/v1/AuditEvent';
import type { ExplainDeploymentResponse } from '../grpc/generated/cairn/governance/v1/ExplainDeploymentResponse';
import type { QueryAuditResponse } from '../grpc/generated/cairn/governance/v1/QueryAuditResponse';
import type { VerifyAuditResponse } from '../grpc/generated/cairn/governance/v1/VerifyAuditResponse';
import { AuditRecord } from './audit-record';
import { AuditPage, AuditVerification } from './audit-service';
import { Explanation } from './explain';

/**
 * The audit core's answers → cairn.governance.v1 messages; REST answers the same objects as JSON (snake_case,
 * int64 positions as decimal strings, as proto3's JSON mapping writes them), one mapping for both transports.
 */

const opt = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

export const auditEvent = (r: AuditRecord): AuditEvent => ({
  position: r.position.toString(),
  stream: r.stream,
  stream_version: r.streamVersion,
  type: r.type,
  actor: r.actor,
  occurred_at: r.occurredAt,
  data_json: JSON.stringify(r.data),
  event_id: r.eventId,
  ...opt('model', r.model),
  ...opt('model_version', r.modelVersion),
  ...opt('target_kind', r.targetKind),
  ...opt('target_name', r.targetName),
  ...opt('deployment', r.deployment),
});

export const queryAuditResponse = (page: AuditPage): QueryAuditResponse => ({
  events: page.records.map(auditEvent),
  next_position: page.nextPosition.toString(),
  next_page_token: page.nextPageToken,
});

export function explainResponse(e: Explanation): ExplainDeploymentResponse {
  const { served } = e;
  return {
    subject: { model: served.model, version: served.version, target: served.target, ...opt('request_id', served.requestId) },
    ...(e.decision ? { decision: decision(e.decision) } : {}),
    events: e.events.map(auditEvent),
    served: {
      model: served.model,
      version: served.version,
      target: served.target,
      since: served.since,
      position: served.position.toString(),
      event_type: served.eventType,
      actor: served.actor,
      ...opt('request_id', served.requestId),
    },
    ...(e.promotion
      ? {
          promotion: {
            request_id: e.promotion.requestId,
            requested_by: e.promotion.requestedBy,
            requested_at: e.promotion.requestedAt,
            position: e.promotion.position.toString(),
            target: e.promotion.target,
            registry_outcome: e.promotion.registryOutcome,
          },
        }
      : {}),
    decision_input_json: e.decisionInput === undefined ? '' : JSON.stringify(e.decisionInput),
    approvals: e.approvals.map((a) => ({ approver: a.approver, ...opt('comment', a.comment), at: a.at, position: a.position.toString() })),
    ...opt('approved_at', e.approvedAt),
    ...(e.lineage
      ? {
          lineage: {
            source: e.lineage.source,
            ...opt('storage_location', e.lineage.storageLocation),
            ...opt('run_id', e.lineage.runId),
            ...opt('experiment_id', e.lineage.experimentId),
            ...opt('model_id', e.lineage.modelId),
            datasets: e.lineage.datasets.map((d) => ({ name: d.name, digest: d.digest, source: d.source, ...opt('context', d.context) })),
            ...opt('code_version', e.lineage.codeVersion),
            registered_by: e.lineage.registeredBy,
            registered_at: e.lineage.registeredAt,
            position: e.lineage.position.toString(),
          },
        }
      : {}),
    at: e.at,
    ...(e.deployment
      ? { deployment: { deployment: e.deployment.deployment, strategy: e.deployment.strategy, position: e.deployment.position.toString() } }
      : {}),
    rollout: e.rollout.map((s) => ({ event_type: s.eventType, outcome: s.outcome, at: s.at, position: s.position.toString() })),
    rollbacks: e.rollbacks.map((r) => ({
      from_version: r.fromVersion,
      to_version: r.toVersion,
      reason: r.reason,
      at: r.at,
      position: r.position.toString(),
    })),
  };
}

export function verifyAuditResponse(v: AuditVerification): VerifyAuditResponse {
  const { result, head } = v;
  return {
    ok: result.ok,
    checked: result.checked,
    ...(result.firstBroken ? { first_broken_position: result.firstBroken.position.toString() } : {}),
    reason: result.firstBroken?.reason ?? result.note ?? '',
    head_position: head.position.toString(),
    head_hash: head.hash,
    signed: v.signed,
    signed_payload: head.signedPayload,
    signature: head.signature ?? '',
    key_id: head.keyId ?? '',
    public_key_pem: head.publicKeyPem ?? '',
  };
}
