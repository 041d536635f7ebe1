import { AlreadyExists, PermissionDenied } from '@cairn/contracts';
import {
  AbandonPromotion,
  CompletePromotion,
  DeleteAlias,
  PromotionTargetInput,
  RecordPromotionDecision,
  RejectPromotion,
  RequestPromotion,
} from './commands';
import { failedPrecondition, invalid, permissionDenied, REGISTRY_ERRORS, RegistryErrorCode } from './errors';
import {
  CommandMetadata,
  ModelStage,
  Promotion,
  PromotionTarget,
  RegisteredModel,
  RegisteredModelState,
  RegistryEvent,
} from './model';
import { isWaiting, requireModel, requirePromotion, requireVersion } from './queries';
import { canonicalStage, validateAlias, validateArchiveExisting } from './validation';

/**
 * Governed alias and stage changes (DESIGN.md "The promotion flow"). Every alias assignment and stage transition
 * is a promotion: RequestPromotion records the request; governance's decision (RecordPromotionDecision) allows it
 * (PromotionAllowed + the change), denies it, or makes it wait for approvals (CompletePromotion / RejectPromotion
 * later); AbandonPromotion ends a waiting request without a decision.
 */

/** Canonical target: alias validated, stage in MLflow's spelling, archive-existing only with an active stage. */
export function validateTarget(target: PromotionTargetInput): PromotionTarget {
  if (target.kind === 'alias') return { kind: 'alias', alias: validateAlias(target.alias) };
  const stage = canonicalStage(target.stage);
  const archiveExistingVersions = target.archiveExistingVersions ?? false;
  validateArchiveExisting(stage, archiveExistingVersions);
  return { kind: 'stage', stage, archiveExistingVersions };
}

export const describeTarget = (target: PromotionTarget): string =>
  target.kind === 'alias' ? `alias '${target.alias}'` : `stage '${target.stage}'`;

const sameTarget = (a: PromotionTarget, b: PromotionTarget): boolean =>
  a.kind === 'alias'
    ? b.kind === 'alias' && a.alias === b.alias
    : b.kind === 'stage' && a.stage === b.stage && a.archiveExistingVersions === b.archiveExistingVersions;

function requireReady(model: RegisteredModel, version: number): void {
  const found = requireVersion(model, version);
  if (found.status !== 'READY') {
    throw failedPrecondition(
      REGISTRY_ERRORS.versionNotReady,
      `Model Version (name=${model.name}, version=${version}) is ${found.status}; only a READY version can be promoted.`,
      { name: model.name, version, status: found.status },
    );
  }
}

/** Records the request; the same request id with the same version and target again is a no-op. */
export function requestPromotion(
  data: RequestPromotion['data'],
  state: RegisteredModelState,
  metadata: CommandMetadata,
): RegistryEvent[] {
  const requestId = metadata.requestId;
  if (!requestId) {
    invalid(REGISTRY_ERRORS.requestIdRequired, 'A promotion request needs a request id (command metadata requestId).');
  }
  const target = validateTarget(data.target);
  const model = requireModel(state, data.name);
  requireReady(model, data.version);
  const existing = model.promotions.get(requestId);
  if (existing) {
    if (existing.version === data.version && sameTarget(existing.target, target)) return [];
    throw new AlreadyExists(
      REGISTRY_ERRORS.promotionExists,
      `Promotion request ${requestId} already exists for Registered Model (name=${model.name}) with another version or target.`,
      { name: model.name, requestId },
    );
  }
  return [
    {
      type: 'PromotionRequested',
      data: {
        name: model.name,
        requestId,
        version: data.version,
        target,
        requestedBy: metadata.actor,
        timestamp: metadata.now.getTime(),
      },
    },
  ];
}

/**
 * The change an allowed promotion makes, nothing for what already holds. Alias: AliasAssigned with the version
 * it pointed at before. Stage: with archive-existing, every other version in the target stage moves to Archived
 * first (ascending, as MLflow archives before it transitions), then the version itself moves.
 */
export function promotionChanges(model: RegisteredModel, promotion: Promotion, timestamp: number): RegistryEvent[] {
  const { requestId, version, target } = promotion;
  const name = model.name;
  if (target.kind === 'alias') {
    const previousVersion = model.aliases.get(target.alias);
    if (previousVersion === version) return [];
    return [
      { type: 'AliasAssigned', data: { name, alias: target.alias, version, previousVersion, requestId, timestamp } },
    ];
  }
  const transition = (v: number, from: ModelStage, to: ModelStage): RegistryEvent => ({
    type: 'StageTransitioned',
    data: { name, version: v, from, to, requestId, timestamp },
  });
  const archived = target.archiveExistingVersions
    ? [...model.versions.values()]
        .filter((other) => other.version !== version && other.stage === target.stage)
        .sort((a, b) => a.version - b.version)
        .map((other) => transition(other.version, other.stage, 'Archived'))
    : [];
  const current = requireVersion(model, version).stage;
  return current === target.stage ? archived : [...archived, transition(version, current, target.stage)];
}

function allow(
  model: RegisteredModel,
  promotion: Promotion,
  timestamp: number,
  extra: {
    decisionId?: string;
    policies?: RecordPromotionDecision['data']['policies'];
    approvedBy?: string[];
    reasons?: string[];
  },
): RegistryEvent[] {
  requireReady(model, promotion.version);
  const { requestId, version, target } = promotion;
  return [
    {
      type: 'PromotionAllowed',
      data: {
        name: model.name,
        requestId,
        version,
        target,
        decisionId: extra.decisionId,
        policies: extra.policies,
        approvedBy: extra.approvedBy,
        reasons: extra.reasons ?? [],
        timestamp,
      },
    },
    ...promotionChanges(model, promotion, timestamp),
  ];
}

const OUTCOME_STATUS = { allow: 'allowed', deny: 'denied', 'needs-approval': 'awaiting-approval' } as const;

const notIn = (model: RegisteredModel, promotion: Promotion, code: RegistryErrorCode, wanted: string) =>
  failedPrecondition(
    code,
    `Promotion request ${promotion.requestId} of Registered Model (name=${model.name}) is ${promotion.status}, not ${wanted}.`,
    { name: model.name, requestId: promotion.requestId, status: promotion.status },
  );

/**
 * Governance's decision on a request that waits for one. The same decision again (same outcome and decision id)
 * is a no-op, so a retried gRPC answer appends nothing.
 */
export function recordDecision(
  data: RecordPromotionDecision['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const model = requireModel(state, data.name);
  const promotion = requirePromotion(model, data.requestId);
  if (promotion.status !== 'requested') {
    if (promotion.status === OUTCOME_STATUS[data.outcome] && promotion.decisionId === data.decisionId) return [];
    throw notIn(model, promotion, REGISTRY_ERRORS.promotionNotPending, 'waiting for a decision');
  }
  const { requestId, version, target } = promotion;
  const base = { name: model.name, requestId, version, target, policies: data.policies, timestamp };
  switch (data.outcome) {
    case 'allow':
      return allow(model, promotion, timestamp, {
        decisionId: data.decisionId,
        policies: data.policies,
        reasons: data.reasons,
      });
    case 'deny':
      return [{ type: 'PromotionDenied', data: { ...base, decisionId: data.decisionId, reasons: data.reasons ?? [] } }];
    case 'needs-approval': {
      if (!data.decisionId) {
        invalid(REGISTRY_ERRORS.invalidDecision, 'A decision that needs approval must carry its decision id.');
      }
      const approvalsRequired = data.approvalsRequired ?? 1;
      if (!Number.isInteger(approvalsRequired) || approvalsRequired < 1) {
        invalid(
          REGISTRY_ERRORS.invalidDecision,
          `approvalsRequired must be a positive integer, got ${approvalsRequired}.`,
        );
      }
      return [
        {
          type: 'PromotionAwaitingApproval',
          data: { ...base, decisionId: data.decisionId, approvalsRequired, reasons: data.reasons ?? [] },
        },
      ];
    }
  }
}

/** The approvals arrived: only a request awaiting approval completes; an already allowed one is a no-op. */
export function completePromotion(
  data: CompletePromotion['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const model = requireModel(state, data.name);
  const promotion = requirePromotion(model, data.requestId);
  if (promotion.status === 'allowed') return [];
  if (promotion.status !== 'awaiting-approval') {
    throw notIn(model, promotion, REGISTRY_ERRORS.promotionNotAwaitingApproval, 'awaiting approval');
  }
  return allow(model, promotion, timestamp, {
    decisionId: data.decisionId ?? promotion.decisionId,
    approvedBy: data.approvedBy ?? [],
  });
}

/** An approver said no: only a request awaiting approval is rejected; an already denied one is a no-op. */
export function rejectPromotion(
  data: RejectPromotion['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const model = requireModel(state, data.name);
  const promotion = requirePromotion(model, data.requestId);
  if (promotion.status === 'denied') return [];
  if (promotion.status !== 'awaiting-approval') {
    throw notIn(model, promotion, REGISTRY_ERRORS.promotionNotAwaitingApproval, 'awaiting approval');
  }
  const { requestId, version, target } = promotion;
  return [
    {
      type: 'PromotionDenied',
      data: {
        name: model.name,
        requestId,
        version,
        target,
        decisionId: promotion.decisionId,
        rejectedBy: data.rejectedBy,
        reasons: data.reasons,
        timestamp,
      },
    },
  ];
}

const abandoned = (model: RegisteredModel, promotion: Promotion, reason: string, timestamp: number): RegistryEvent => ({
  type: 'PromotionAbandoned',
  data: {
    name: model.name,
    requestId: promotion.requestId,
    version: promotion.version,
    target: promotion.target,
    reason,
    timestamp,
  },
});

/** A waiting request ends without a decision; abandoning it again is a no-op, a decided one cannot be. */
export function abandonPromotion(
  data: AbandonPromotion['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  if (!data.reason) invalid(REGISTRY_ERRORS.missingParameter, "Missing value for required parameter 'reason'.");
  const model = requireModel(state, data.name);
  const promotion = requirePromotion(model, data.requestId);
  if (promotion.status === 'abandoned') return [];
  if (!isWaiting(promotion)) throw notIn(model, promotion, REGISTRY_ERRORS.promotionNotPending, 'waiting');
  return [abandoned(model, promotion, data.reason, timestamp)];
}

/** PromotionAbandoned for every waiting request (of one version, when given): a version or the model is going away. */
export function abandonAll(
  model: RegisteredModel,
  reason: string,
  timestamp: number,
  version?: number,
): RegistryEvent[] {
  return [...model.promotions.values()]
    .filter((promotion) => isWaiting(promotion) && (version === undefined || promotion.version === version))
    .map((promotion) => abandoned(model, promotion, reason, timestamp));
}

/** delete_registered_model_alias: an alias that is not there is a no-op (MLflow answers success). */
export function deleteAlias(
  data: DeleteAlias['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const alias = validateAlias(data.alias);
  const model = requireModel(state, data.name);
  const version = model.aliases.get(alias);
  if (version === undefined) return [];
  return [{ type: 'AliasDeleted', data: { name: model.name, alias, version, timestamp } }];
}

/**
 * The error a transport returns after appending PromotionDenied (the decider records the denial as a fact, so it
 * cannot also throw): 403 PERMISSION_DENIED naming the reasons.
 */
export function promotionDeniedError(
  name: string,
  promotion: Pick<Promotion, 'requestId' | 'version' | 'target' | 'reasons'>,
): PermissionDenied {
  const reasons = promotion.reasons.length > 0 ? `: ${promotion.reasons.join('; ')}` : '.';
  return permissionDenied(
    REGISTRY_ERRORS.promotionDenied,
    `Promotion of Model Version (name=${name}, version=${promotion.version}) to ${describeTarget(promotion.target)} was denied${reasons}`,
    { name, version: promotion.version, requestId: promotion.requestId, reasons: [...promotion.reasons] },
  );
}
