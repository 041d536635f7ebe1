import type { RecordedEvent } from '@cairn/event-store';
import type { ModelVersionView, RegisteredModelView } from '../application/views';
import type { ModelVersionStatus as DomainStatus, Promotion as DomainPromotion, PromotionStatus as DomainPromotionStatus } from '../domain';
import type { ModelEvent } from './generated/cairn/registry/v1/ModelEvent';
import type { ModelVersion } from './generated/cairn/registry/v1/ModelVersion';
import type { ModelVersionStatus } from './generated/cairn/registry/v1/ModelVersionStatus';
import type { Promotion } from './generated/cairn/registry/v1/Promotion';
import type { PromotionStatus } from './generated/cairn/registry/v1/PromotionStatus';
import type { RegisteredModel } from './generated/cairn/registry/v1/RegisteredModel';

/**
 * The core's views → protobuf response messages. Records over the domain's unions, so a new status fails to compile
 * until the proto has it. Optional view fields become proto3's empty defaults; versions are strings as in MLflow.
 */

const STATUS: Record<DomainStatus, ModelVersionStatus> = {
  PENDING_REGISTRATION: 'MODEL_VERSION_STATUS_PENDING_REGISTRATION',
  READY: 'MODEL_VERSION_STATUS_READY',
  FAILED_REGISTRATION: 'MODEL_VERSION_STATUS_FAILED_REGISTRATION',
};

const PROMOTION_STATUS: Record<DomainPromotionStatus, PromotionStatus> = {
  requested: 'PROMOTION_STATUS_REQUESTED',
  'awaiting-approval': 'PROMOTION_STATUS_AWAITING_APPROVAL',
  allowed: 'PROMOTION_STATUS_ALLOWED',
  denied: 'PROMOTION_STATUS_DENIED',
  abandoned: 'PROMOTION_STATUS_ABANDONED',
};

export function modelVersionMessage(v: ModelVersionView): ModelVersion {
  return {
    name: v.name,
    version: String(v.version),
    creation_timestamp: v.creationTimestamp,
    last_updated_timestamp: v.lastUpdatedTimestamp,
    user_id: v.userId ?? '',
    current_stage: v.currentStage,
    description: v.description ?? '',
    source: v.source,
    run_id: v.runId ?? '',
    status: STATUS[v.status],
    status_message: v.statusMessage ?? '',
    tags: v.tags,
    run_link: v.runLink ?? '',
    aliases: v.aliases,
    model_id: v.modelId ?? '',
  };
}

export function registeredModelMessage(m: RegisteredModelView): RegisteredModel {
  return {
    name: m.name,
    creation_timestamp: m.creationTimestamp,
    last_updated_timestamp: m.lastUpdatedTimestamp,
    user_id: '',
    description: m.description ?? '',
    latest_versions: m.latestVersions.map(modelVersionMessage),
    tags: m.tags,
    aliases: m.aliases.map(({ alias, version }) => ({ alias, version: String(version) })),
  };
}

export function promotionMessage(p: DomainPromotion): Promotion {
  return {
    request_id: p.requestId,
    version: String(p.version),
    ...(p.target.kind === 'alias' ? { alias: p.target.alias } : { stage: p.target.stage }),
    status: PROMOTION_STATUS[p.status],
    reasons: [...p.reasons],
    approvals_required: p.status === 'awaiting-approval' ? (p.approvalsRequired ?? 1) : 0,
    decision_id: p.decisionId ?? '',
    requested_by: p.requestedBy,
    requested_at: p.requestedAt,
  };
}

/** An event as appended; its data as JSON (the schema is the event type's in libs/contracts). */
export function modelEventMessage(e: RecordedEvent): ModelEvent {
  return {
    event_id: e.id,
    type: e.type,
    stream: e.stream,
    stream_version: e.version,
    position: e.globalPosition.toString(),
    occurred_at: Date.parse(e.occurredAt),
    actor: e.actor,
    correlation_id: e.correlationId,
    causation_id: e.causationId ?? '',
    data_json: JSON.stringify(e.data),
  };
}
