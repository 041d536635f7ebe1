import { EventData } from '@cairn/contracts';
import { DecisionView } from '../application/views';
import { invalid } from '../domain';
import { AuditRecord } from './audit-record';

/**
 * ExplainDeployment's core (pure, unit-tested with hand-built events): from the audit events of one model / one
 * deployment, which version served at a time, and the causal chain behind it — the promotion request, the policy
 * decision with its whole input, the approvals, and the version's registration lineage. The Postgres reader
 * (postgres/explain-reader.ts) only fetches the rows these functions ask for.
 */
export type ExplainTarget =
  | { kind: 'alias'; model: string; name: string }
  | { kind: 'stage'; model: string; name: string }
  | { kind: 'deployment'; name: string };

export interface ExplainRequest {
  target: ExplainTarget;
  /** Epoch ms. */
  at: number;
}

const STAGES = ['None', 'Staging', 'Production', 'Archived'] as const;

/** Checks the request: a deployment, or a model with exactly one of alias / stage; `at` 0 or absent = `now`. */
export function parseExplainRequest(
  raw: { deployment?: string | null; model?: string | null; alias?: string | null; stage?: string | null; at?: number | null },
  now: number,
): ExplainRequest {
  const given = (v: string | null | undefined) => (v ?? '').trim();
  const [deployment, model, alias, stage] = [given(raw.deployment), given(raw.model), given(raw.alias), given(raw.stage)];
  const at = raw.at === undefined || raw.at === null || raw.at === 0 ? now : raw.at;
  if (!Number.isSafeInteger(at) || at < 0) invalid('at must be epoch milliseconds', { at: raw.at });
  if (deployment) {
    if (model || alias || stage) invalid('name either a deployment, or a model with an alias or a stage', { deployment });
    return { target: { kind: 'deployment', name: deployment }, at };
  }
  if (!model) invalid('name a deployment, or a model with an alias or a stage');
  if (Boolean(alias) === Boolean(stage)) invalid('name exactly one of alias and stage with the model', { model });
  if (alias) return { target: { kind: 'alias', model, name: alias }, at };
  const canonical = STAGES.find((s) => s.toLowerCase() === stage.toLowerCase());
  if (!canonical) invalid(`stage must be one of ${STAGES.join(', ')}`, { stage });
  return { target: { kind: 'stage', model, name: canonical }, at };
}

/** The event types that decide what a target points at (what the reader fetches for servedAt). */
export const PLACEMENT_TYPES = {
  alias: ['AliasAssigned', 'AliasDeleted', 'RegisteredModelDeleted', 'RegisteredModelRenamed'],
  stage: ['StageTransitioned', 'ModelVersionDeleted', 'RegisteredModelDeleted', 'RegisteredModelRenamed'],
} as const;

const byPosition = (a: AuditRecord, b: AuditRecord) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0);
const closesModel = (e: AuditRecord) => e.type === 'RegisteredModelDeleted' || e.type === 'RegisteredModelRenamed';

/**
 * The event in force at `at` for the target, or null when nothing served then. `history` is the target's
 * placement events (any order; those after `at` are ignored).
 * - alias: the last AliasAssigned, unless the alias was deleted (or the model deleted / renamed away) after it;
 * - stage: of the versions in the stage at `at`, the one that entered it last (MLflow allows several);
 * - deployment: the last event of its `deployment-<name>` stream that names a model version (serving's events,
 *   when audited).
 */
export function servedAt(target: ExplainTarget, history: readonly AuditRecord[], at: number): AuditRecord | null {
  const events = history.filter((e) => e.occurredAt <= at).sort(byPosition);
  switch (target.kind) {
    case 'alias': {
      const last = events
        .filter((e) => closesModel(e) || ((e.type === 'AliasAssigned' || e.type === 'AliasDeleted') && e.data.alias === target.name))
        .at(-1);
      return last?.type === 'AliasAssigned' ? last : null;
    }
    case 'stage': {
      const stageOf = new Map<number, AuditRecord>();
      for (const e of events) {
        if (closesModel(e)) stageOf.clear();
        else if (e.type === 'ModelVersionDeleted' && e.modelVersion !== null) stageOf.delete(e.modelVersion);
        else if (e.type === 'StageTransitioned' && e.modelVersion !== null) stageOf.set(e.modelVersion, e);
      }
      const inStage = [...stageOf.values()].filter((e) => e.data.to === target.name).sort(byPosition);
      return inStage.at(-1) ?? null;
    }
    case 'deployment':
      // Only serving's own stream says what a deployment runs; a governance decision about it does not.
      return (
        events
          .filter((e) => e.stream === `deployment-${target.name}` && e.deployment === target.name && e.model !== null && e.modelVersion !== null)
          .at(-1) ?? null
      );
  }
}

// ── the chain ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface ServedVersion {
  model: string;
  version: number;
  target: { kind: string; name: string };
  since: number;
  position: bigint;
  eventType: string;
  actor: string;
  requestId?: string;
}

export interface PromotionRequest {
  requestId: string;
  requestedBy: string;
  requestedAt: number;
  position: bigint;
  target: { kind: string; name: string };
  /** The registry's last word on the request: PromotionAllowed, PromotionAwaitingApproval, PromotionDenied, … */
  registryOutcome: string;
}

export interface ApprovalRecord {
  approver: string;
  comment?: string;
  at: number;
  position: bigint;
}

export interface VersionLineage {
  source: string;
  storageLocation?: string;
  runId?: string;
  experimentId?: string;
  modelId?: string;
  datasets: { name: string; digest: string; source: string; context?: string }[];
  codeVersion?: string;
  registeredBy: string;
  registeredAt: number;
  position: bigint;
}

/** Slots for the serving gateway's events; empty until cairn.serving.events is audited. */
export interface DeploymentLink {
  deployment: string;
  strategy: string;
  position: bigint;
}

export interface Explanation {
  at: number;
  target: ExplainTarget;
  served: ServedVersion;
  promotion?: PromotionRequest;
  decision?: DecisionView;
  /** PolicyEvaluated's whole input, exactly as the policies saw it. */
  decisionInput?: unknown;
  approvals: ApprovalRecord[];
  approvedAt?: number;
  lineage?: VersionLineage;
  deployment?: DeploymentLink;
  rollout: { eventType: string; outcome: string; at: number; position: bigint }[];
  rollbacks: { fromVersion: number; toVersion: number; reason: string; at: number; position: bigint }[];
  /** Every audit event used above, by position. */
  events: AuditRecord[];
}

/** What the reader must fetch after servedAt: the promotion's and decision's events, the registration. */
export interface ChainKeys {
  requestId?: string;
  model: string;
  version: number;
  /** Only registrations before the served event count (a deleted model's name may be reused by a new life). */
  beforePosition: bigint;
}

export function chainKeys(served: AuditRecord): ChainKeys {
  const requestId = typeof served.data.requestId === 'string' ? served.data.requestId : undefined;
  return {
    ...(requestId ? { requestId } : {}),
    model: served.model ?? '',
    version: served.modelVersion ?? 0,
    beforePosition: served.position,
  };
}

function dataOf<T extends 'PolicyEvaluated' | 'ApprovalGranted' | 'ApprovalRejected' | 'PromotionApproved' | 'PromotionRejected' | 'PromotionRequested' | 'ModelVersionRegistered'>(
  e: AuditRecord,
  _type: T,
): EventData<T> {
  return e.data as unknown as EventData<T>;
}

const REGISTRY_OUTCOMES = new Set(['PromotionAllowed', 'PromotionAwaitingApproval', 'PromotionDenied', 'PromotionAbandoned']);

/**
 * The causal chain from the served event and the rows fetched for its `chainKeys`: `related` may hold more than
 * is used (other decisions of the same request, older registrations); what is used is listed in `events`.
 */
export function assembleExplanation(request: ExplainRequest, served: AuditRecord, related: readonly AuditRecord[]): Explanation {
  const keys = chainKeys(served);
  const sorted = [...related].sort(byPosition);
  const used = new Map<bigint, AuditRecord>([[served.position, served]]);
  const use = <T extends AuditRecord | undefined>(e: T): T => {
    if (e) used.set(e.position, e);
    return e;
  };

  const ofRequest = keys.requestId ? sorted.filter((e) => e.data.requestId === keys.requestId || subjectRequest(e) === keys.requestId) : [];
  const requested = use(ofRequest.filter((e) => e.type === 'PromotionRequested').at(-1));
  // The registry's whole answer to the request (awaiting approval, then allowed) is part of the story.
  const registryOutcome = ofRequest.filter((e) => REGISTRY_OUTCOMES.has(e.type)).map(use).at(-1);
  // The decision the registry acted on; else the request's last evaluation.
  const outcomeDecision = typeof registryOutcome?.data.decisionId === 'string' ? registryOutcome.data.decisionId : undefined;
  const evaluations = ofRequest.filter((e) => e.type === 'PolicyEvaluated');
  const evaluated = use(evaluations.find((e) => e.data.decisionId === outcomeDecision) ?? evaluations.at(-1));
  const decisionId = evaluated ? dataOf(evaluated, 'PolicyEvaluated').decisionId : undefined;
  const ofDecision = decisionId ? sorted.filter((e) => e.data.decisionId === decisionId) : [];
  for (const e of ofDecision) if (e.type === 'ApprovalRequested') use(e);
  const grants = ofDecision.filter((e) => e.type === 'ApprovalGranted').map(use);
  const rejected = use(ofDecision.find((e) => e.type === 'ApprovalRejected'));
  const approved = use(ofDecision.find((e) => e.type === 'PromotionApproved'));
  const closedByRejection = use(ofDecision.find((e) => e.type === 'PromotionRejected'));
  const registered = use(
    sorted
      .filter((e) => e.type === 'ModelVersionRegistered' && e.model === keys.model && e.modelVersion === keys.version && e.position < keys.beforePosition)
      .at(-1),
  );

  const explanation: Explanation = {
    at: request.at,
    target: request.target,
    served: {
      model: keys.model,
      version: keys.version,
      target: { kind: served.targetKind ?? request.target.kind, name: served.targetName ?? request.target.name },
      since: served.occurredAt,
      position: served.position,
      eventType: served.type,
      actor: served.actor,
      ...(keys.requestId ? { requestId: keys.requestId } : {}),
    },
    approvals: grants.map((g) => {
      const d = dataOf(g, 'ApprovalGranted');
      return { approver: d.approver, ...(d.comment ? { comment: d.comment } : {}), at: d.timestamp, position: g.position };
    }),
    rollout: [],
    rollbacks: [],
    events: [],
  };
  if (requested) {
    const d = dataOf(requested, 'PromotionRequested');
    explanation.promotion = {
      requestId: d.requestId,
      requestedBy: d.requestedBy,
      requestedAt: d.timestamp,
      position: requested.position,
      target: d.target.kind === 'alias' ? { kind: 'alias', name: d.target.alias } : { kind: 'stage', name: d.target.stage },
      registryOutcome: registryOutcome?.type ?? '',
    };
  }
  if (evaluated) {
    const d = dataOf(evaluated, 'PolicyEvaluated');
    const approvedData = approved ? dataOf(approved, 'PromotionApproved') : undefined;
    const rejectedData = rejected ? dataOf(rejected, 'ApprovalRejected') : undefined;
    const closedAt = approvedData?.timestamp ?? (closedByRejection ? dataOf(closedByRejection, 'PromotionRejected').timestamp : undefined);
    explanation.decision = {
      decisionId: d.decisionId,
      subject: d.subject,
      requester: d.requester,
      outcome: d.outcome,
      status: approved ? 'approved' : closedByRejection ? 'rejected' : d.outcome === 'allow' ? 'allowed' : d.outcome === 'deny' ? 'denied' : 'awaiting-approval',
      reasons: d.reasons,
      policies: d.policies,
      ...(d.approvalsRequired !== undefined ? { approvalsRequired: d.approvalsRequired } : {}),
      approvers: [...new Set(grants.map((g) => dataOf(g, 'ApprovalGranted').approver))],
      ...(rejectedData ? { rejectedBy: rejectedData.approver, rejection: rejectedData.reason } : {}),
      evaluatedAt: d.timestamp,
      ...(closedAt !== undefined ? { closedAt } : {}),
    };
    explanation.decisionInput = d.input;
    if (approvedData) explanation.approvedAt = approvedData.timestamp;
  }
  if (registered) explanation.lineage = lineageOf(registered);
  explanation.events = [...used.values()].sort(byPosition);
  return explanation;
}

function subjectRequest(e: AuditRecord): string | undefined {
  const subject = e.data.subject as { requestId?: unknown } | undefined;
  return typeof subject?.requestId === 'string' ? subject.requestId : undefined;
}

function lineageOf(registered: AuditRecord): VersionLineage {
  const d = dataOf(registered, 'ModelVersionRegistered');
  const lineage = d.lineage ?? { datasets: [], codeVersion: {}, metrics: [] };
  const runId = d.runId ?? lineage.runId;
  const modelId = d.modelId ?? lineage.modelId;
  return {
    source: d.source,
    ...(d.storageLocation ? { storageLocation: d.storageLocation } : {}),
    ...(runId ? { runId } : {}),
    ...(lineage.experimentId ? { experimentId: lineage.experimentId } : {}),
    ...(modelId ? { modelId } : {}),
    datasets: (lineage.datasets ?? []).map((ds) => ({
      name: ds.name,
      digest: ds.digest,
      source: ds.source ?? '',
      ...(ds.context ? { context: ds.context } : {}),
    })),
    ...(lineage.codeVersion?.gitCommit ? { codeVersion: lineage.codeVersion.gitCommit } : {}),
    registeredBy: d.userId ?? registered.actor,
    registeredAt: d.timestamp,
    position: registered.position,
  };
}
