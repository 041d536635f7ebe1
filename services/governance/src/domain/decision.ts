import { authorize, effectiveRoles } from './access';
import { GOVERNANCE_ERRORS, alreadyExists, failedPrecondition, invalid, notFound, permissionDenied } from './errors';
import { CompiledPolicy, evaluatePolicies } from './evaluation';
import {
  CommandMetadata,
  DataQualityResult,
  DatasetRef,
  DecisionEvent,
  DecisionOutcome,
  DecisionSubject,
  MetricValue,
  PolicyInput,
  PolicyRef,
  STAGES,
} from './model';
import { PolicyEngine } from './policy-engine';
import { Principal } from './principal';

/**
 * The decision decider, one aggregate per `decision-<decisionId>` stream: one evaluation of a promotion or a
 * deployment, and the approvals it then needs. Evaluate → PolicyEvaluated (+ ApprovalRequested); Approve →
 * ApprovalGranted (+ PromotionApproved once enough distinct approvers agreed); Reject → ApprovalRejected +
 * PromotionRejected.
 */

type Command<TType extends string, TData> = { type: TType; data: TData };

/** A dataset the version was trained or evaluated on, as the registry's lineage records it. */
export type DatasetFact = Omit<DatasetRef, 'source'> & { source?: string };

/** The acting principal as the access projection knows it (the application resolves it before deciding). */
export type Actor = Pick<Principal, 'principalId' | 'roles'>;

export type Evaluate = Command<
  'Evaluate',
  {
    /** Chosen by the caller (a fresh UUID per request): a retried Evaluate with the same id decides nothing. */
    decisionId: string;
    subject: DecisionSubject;
    /** Who asked for the promotion (not the registry's service account that relays the question). */
    requester: Actor;
    /** The facts the policies see (README "Policy input"); absent parts are empty. */
    model?: { tags?: Record<string, string> };
    metrics?: Record<string, MetricValue>;
    lineage?: { run?: string; datasets?: DatasetFact[]; codeVersion?: string };
    dataQuality?: Record<string, DataQualityResult>;
  }
>;
export type Approve = Command<'Approve', { decisionId: string; approver: Actor; comment?: string }>;
export type Reject = Command<'Reject', { decisionId: string; approver: Actor; reason: string }>;
export type DecisionCommand = Evaluate | Approve | Reject;

/**
 * `allowed` / `denied`: decided by the policies alone, nothing more happens. `awaiting-approval` → `approved`
 * (enough distinct approvers) | `rejected` (one approver rejected).
 */
export type DecisionStatus = 'allowed' | 'denied' | 'awaiting-approval' | 'approved' | 'rejected';

export interface Decision {
  decisionId: string;
  subject: DecisionSubject;
  requester: string;
  outcome: DecisionOutcome;
  status: DecisionStatus;
  reasons: readonly string[];
  policies: readonly PolicyRef[];
  input: PolicyInput;
  approvalsRequired?: number;
  /** Distinct approvers so far, in order. */
  approvers: readonly string[];
  rejectedBy?: string;
  rejection?: string;
  evaluatedAt: number;
  closedAt?: number;
}

export type DecisionState = { kind: 'empty' } | { kind: 'decided'; decision: Decision };

export const initialDecisionState = (): DecisionState => ({ kind: 'empty' });

/** Evaluate needs the active policies (compiled) and the engine; Approve and Reject need neither. */
export interface DecisionContext {
  policies: readonly CompiledPolicy[];
  engine: PolicyEngine;
}

// ── decide ───────────────────────────────────────────────────────────────────────────────────────────────────────

export function decideDecision(
  command: DecisionCommand,
  state: DecisionState,
  metadata: CommandMetadata,
  context?: DecisionContext,
): DecisionEvent[] {
  switch (command.type) {
    case 'Evaluate':
      if (!context) throw new Error('Evaluate needs the active policies and the policy engine');
      return evaluate(command.data, state, metadata, context);
    case 'Approve':
      return approve(command.data, state, metadata);
    case 'Reject':
      return reject(command.data, state, metadata);
  }
}

/** The documented policy input built from an Evaluate command; `now` comes from the metadata, never a clock. */
export function buildPolicyInput(data: Evaluate['data'], now: Date): PolicyInput {
  const { subject, requester } = data;
  return {
    model: { name: subject.model, version: subject.version, tags: { ...(data.model?.tags ?? {}) } },
    metrics: { ...(data.metrics ?? {}) },
    lineage: {
      ...(data.lineage?.run ? { run: data.lineage.run } : {}),
      datasets: (data.lineage?.datasets ?? []).map((d) => ({ ...d, source: d.source ?? '' })),
      ...(data.lineage?.codeVersion ? { codeVersion: data.lineage.codeVersion } : {}),
    },
    dataQuality: { ...(data.dataQuality ?? {}) },
    requester: { id: requester.principalId, roles: effectiveRoles(requester, subject.model) },
    target: { kind: subject.target.kind, name: subject.target.name },
    now: now.toISOString(),
  };
}

function validateSubject(data: Evaluate['data']): DecisionSubject {
  const { decisionId, subject } = data;
  if (typeof decisionId !== 'string' || decisionId.length === 0 || decisionId.length > 256) {
    invalid('decisionId must be 1-256 characters');
  }
  if (!subject || typeof subject.model !== 'string' || subject.model.length === 0) invalid('subject.model is required');
  if (!Number.isInteger(subject.version) || subject.version < 1) invalid('subject.version must be a positive integer');
  const target = subject.target;
  if (!target || !['alias', 'stage', 'deployment'].includes(target.kind) || !target.name) {
    invalid('subject.target must be {kind: alias | stage | deployment, name}');
  }
  if (!data.requester?.principalId) invalid('the requester is required');
  if (target.kind === 'stage') {
    const stage = STAGES.find((s) => s.toLowerCase() === target.name.toLowerCase());
    if (!stage) invalid(`unknown stage "${target.name}" (one of ${STAGES.join(', ')})`);
    return { ...subject, target: { kind: 'stage', name: stage } };
  }
  return subject;
}

function evaluate(
  data: Evaluate['data'],
  state: DecisionState,
  metadata: CommandMetadata,
  context: DecisionContext,
): DecisionEvent[] {
  const subject = validateSubject(data);
  if (state.kind === 'decided') {
    const d = state.decision;
    if (d.requester === data.requester.principalId && sameSubject(d.subject, subject)) return [];
    throw alreadyExists(
      GOVERNANCE_ERRORS.decisionExists,
      `decision ${data.decisionId} already exists for another request`,
      {
        decisionId: data.decisionId,
      },
    );
  }
  const input = buildPolicyInput({ ...data, subject }, metadata.now);
  const result = evaluatePolicies(context.engine, context.policies, input);
  const timestamp = metadata.now.getTime();
  const requester = data.requester.principalId;
  const events: DecisionEvent[] = [
    {
      type: 'PolicyEvaluated',
      data: {
        decisionId: data.decisionId,
        subject,
        requester,
        policies: result.policies,
        input,
        outcome: result.outcome,
        reasons: result.reasons,
        ...(result.approvalsRequired !== undefined ? { approvalsRequired: result.approvalsRequired } : {}),
        timestamp,
      },
    },
  ];
  if (result.outcome === 'needs-approval') {
    events.push({
      type: 'ApprovalRequested',
      data: {
        decisionId: data.decisionId,
        subject,
        requester,
        approvalsRequired: result.approvalsRequired as number,
        reasons: result.reasons,
        timestamp,
      },
    });
  }
  return events;
}

/** Field by field: a subject read back from the store may hold its keys in another order (jsonb sorts them). */
function sameSubject(a: DecisionSubject, b: DecisionSubject): boolean {
  return (
    a.model === b.model &&
    a.version === b.version &&
    a.target.kind === b.target.kind &&
    a.target.name === b.target.name &&
    a.requestId === b.requestId
  );
}

function requireDecision(state: DecisionState, decisionId: string): Decision {
  if (state.kind === 'empty') {
    throw notFound(GOVERNANCE_ERRORS.decisionNotFound, `decision ${decisionId} not found`, { decisionId });
  }
  return state.decision;
}

/** The approver rules both Approve and Reject follow: waiting, not the requester, an approver for the model. */
function checkApprover(decision: Decision, approver: Actor, verb: 'approve' | 'reject'): void {
  if (decision.status !== 'awaiting-approval') {
    throw failedPrecondition(
      GOVERNANCE_ERRORS.decisionNotAwaitingApproval,
      `decision ${decision.decisionId} is ${decision.status}, not awaiting approval`,
      { decisionId: decision.decisionId, status: decision.status },
    );
  }
  if (approver.principalId === decision.requester) {
    throw permissionDenied(
      GOVERNANCE_ERRORS.selfApproval,
      `${approver.principalId} requested this promotion and cannot ${verb} it`,
      { decisionId: decision.decisionId, principalId: approver.principalId },
    );
  }
  const allowed = authorize(approver, 'governance.approve', { model: decision.subject.model });
  if (!allowed.allowed) {
    throw permissionDenied(
      GOVERNANCE_ERRORS.notAnApprover,
      `${approver.principalId} holds no approver role for model ${decision.subject.model}`,
      { decisionId: decision.decisionId, principalId: approver.principalId, model: decision.subject.model },
    );
  }
}

function approve(data: Approve['data'], state: DecisionState, metadata: CommandMetadata): DecisionEvent[] {
  const decision = requireDecision(state, data.decisionId);
  if (!data.approver?.principalId) invalid('the approver is required');
  if (decision.approvers.includes(data.approver.principalId)) return [];
  checkApprover(decision, data.approver, 'approve');
  const timestamp = metadata.now.getTime();
  const approvers = [...decision.approvers, data.approver.principalId];
  const required = decision.approvalsRequired ?? 1;
  const events: DecisionEvent[] = [
    {
      type: 'ApprovalGranted',
      data: {
        decisionId: decision.decisionId,
        approver: data.approver.principalId,
        approvals: approvers.length,
        approvalsRequired: required,
        ...(data.comment ? { comment: data.comment } : {}),
        timestamp,
      },
    },
  ];
  if (approvers.length >= required) {
    events.push({
      type: 'PromotionApproved',
      data: {
        decisionId: decision.decisionId,
        subject: decision.subject,
        requester: decision.requester,
        approvedBy: approvers,
        policies: [...decision.policies],
        timestamp,
      },
    });
  }
  return events;
}

function reject(data: Reject['data'], state: DecisionState, metadata: CommandMetadata): DecisionEvent[] {
  const reason = data.reason?.trim() ?? '';
  if (reason === '' || reason.length > 1000) invalid('a rejection needs a reason of 1-1000 characters');
  const decision = requireDecision(state, data.decisionId);
  if (!data.approver?.principalId) invalid('the approver is required');
  if (decision.status === 'rejected' && decision.rejectedBy === data.approver.principalId) return [];
  checkApprover(decision, data.approver, 'reject');
  const timestamp = metadata.now.getTime();
  return [
    {
      type: 'ApprovalRejected',
      data: { decisionId: decision.decisionId, approver: data.approver.principalId, reason, timestamp },
    },
    {
      type: 'PromotionRejected',
      data: {
        decisionId: decision.decisionId,
        subject: decision.subject,
        requester: decision.requester,
        rejectedBy: data.approver.principalId,
        reasons: [reason],
        policies: [...decision.policies],
        timestamp,
      },
    },
  ];
}

// ── evolve ───────────────────────────────────────────────────────────────────────────────────────────────────────

export function evolveDecision(state: DecisionState, event: DecisionEvent): DecisionState {
  if (event.type === 'PolicyEvaluated') {
    const d = event.data;
    const status: DecisionStatus =
      d.outcome === 'allow' ? 'allowed' : d.outcome === 'deny' ? 'denied' : 'awaiting-approval';
    return {
      kind: 'decided',
      decision: {
        decisionId: d.decisionId,
        subject: d.subject,
        requester: d.requester,
        outcome: d.outcome,
        status,
        reasons: d.reasons,
        policies: d.policies.map(({ policyId, version, hash }) => ({ policyId, version, hash })),
        input: d.input,
        ...(d.approvalsRequired !== undefined ? { approvalsRequired: d.approvalsRequired } : {}),
        approvers: [],
        evaluatedAt: d.timestamp,
      },
    };
  }
  if (state.kind === 'empty') return state;
  const decision = state.decision;
  switch (event.type) {
    case 'ApprovalRequested':
      return {
        kind: 'decided',
        decision: { ...decision, status: 'awaiting-approval', approvalsRequired: event.data.approvalsRequired },
      };
    case 'ApprovalGranted':
      return decision.approvers.includes(event.data.approver)
        ? state
        : { kind: 'decided', decision: { ...decision, approvers: [...decision.approvers, event.data.approver] } };
    case 'ApprovalRejected':
      return {
        kind: 'decided',
        decision: { ...decision, rejectedBy: event.data.approver, rejection: event.data.reason },
      };
    case 'PromotionApproved':
      return { kind: 'decided', decision: { ...decision, status: 'approved', closedAt: event.data.timestamp } };
    case 'PromotionRejected':
      return {
        kind: 'decided',
        decision: {
          ...decision,
          status: 'rejected',
          rejectedBy: event.data.rejectedBy,
          closedAt: event.data.timestamp,
        },
      };
  }
}

export const evolveDecisionAll = (
  events: readonly DecisionEvent[],
  state: DecisionState = initialDecisionState(),
): DecisionState => events.reduce(evolveDecision, state);

export const decisionDecider = {
  decide: decideDecision,
  evolve: evolveDecision,
  initialState: initialDecisionState,
};
