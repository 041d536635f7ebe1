import { EventData, EventType } from '@cairn/contracts';

/**
 * Governance's events and shared types as the deciders see them (libs/contracts/src/events/governance.ts).
 * Three aggregates: a principal (`principal-<id>`), a policy (`policy-<id>`) and a decision (`decision-<id>`);
 * refusals are appended to `access-<yyyy-mm-dd>`.
 */

export const principalStream = (principalId: string): string => `principal-${principalId}`;
export const policyStream = (policyId: string): string => `policy-${policyId}`;
export const decisionStream = (decisionId: string): string => `decision-${decisionId}`;
/** One stream of refusals per UTC day of the command's time. */
export const accessStream = (now: Date): string => `access-${now.toISOString().slice(0, 10)}`;

/**
 * Every governance event type. Listed here because the contracts package exports only the merged table;
 * `model.unit.spec.ts` checks this list against the contracts, and each `evolve`'s exhaustive switch fails to compile
 * until a type of its aggregate is handled.
 */
export const PRINCIPAL_EVENT_TYPES = [
  'PrincipalCreated',
  'RoleGranted',
  'RoleRevoked',
  'TokenIssued',
  'TokenRevoked',
] as const satisfies readonly EventType[];
export const POLICY_EVENT_TYPES = ['PolicyVersionPublished', 'PolicyRetired'] as const satisfies readonly EventType[];
export const DECISION_EVENT_TYPES = [
  'PolicyEvaluated',
  'ApprovalRequested',
  'ApprovalGranted',
  'ApprovalRejected',
  'PromotionApproved',
  'PromotionRejected',
] as const satisfies readonly EventType[];
export const ACCESS_EVENT_TYPES = ['AccessDenied', 'AuthenticationFailed'] as const satisfies readonly EventType[];
export const GOVERNANCE_EVENT_TYPES = [
  ...PRINCIPAL_EVENT_TYPES,
  ...POLICY_EVENT_TYPES,
  ...DECISION_EVENT_TYPES,
  ...ACCESS_EVENT_TYPES,
] as const;

type EventOf<T extends EventType> = { [K in T]: { type: K; data: EventData<K> } }[T];

/** Events as deciders return them: the caller adds the metadata (actor, correlation, trace) and appends them. */
export type PrincipalEvent = EventOf<(typeof PRINCIPAL_EVENT_TYPES)[number]>;
export type PolicyEvent = EventOf<(typeof POLICY_EVENT_TYPES)[number]>;
export type DecisionEvent = EventOf<(typeof DECISION_EVENT_TYPES)[number]>;
export type AccessEvent = EventOf<(typeof ACCESS_EVENT_TYPES)[number]>;
export type GovernanceEvent = PrincipalEvent | PolicyEvent | DecisionEvent | AccessEvent;

/** The time and the caller, set by the adapter; deciders never read a clock. */
export interface CommandMetadata {
  now: Date;
  /** The principal id of whoever sent the command (for Evaluate: usually the registry's service account). */
  actor: string;
}

export type Role = EventData<'RoleGranted'>['role'];
export type RoleBinding = EventData<'PrincipalCreated'>['roles'][number];
export type PrincipalKind = EventData<'PrincipalCreated'>['kind'];
export type PolicyScope = EventData<'PolicyVersionPublished'>['scope'];
export type PolicyEffect = EventData<'PolicyVersionPublished'>['effect'];
export type PolicyRef = EventData<'PromotionApproved'>['policies'][number];
export type PolicyOutcome = EventData<'PolicyEvaluated'>['policies'][number];
export type DecisionSubject = EventData<'PolicyEvaluated'>['subject'];
export type DecisionTarget = DecisionSubject['target'];
export type DecisionOutcome = EventData<'PolicyEvaluated'>['outcome'];
/** The documented policy input (README "Policy input"), as recorded in PolicyEvaluated. */
export type PolicyInput = EventData<'PolicyEvaluated'>['input'];
export type MetricValue = PolicyInput['metrics'][string];
export type DatasetRef = PolicyInput['lineage']['datasets'][number];
export type DataQualityResult = PolicyInput['dataQuality'][string];

export const ROLE_NAMES = [
  'viewer',
  'data-scientist',
  'ml-engineer',
  'approver',
  'admin',
] as const satisfies readonly Role[];

/** MLflow's stages in their canonical spelling (a stage target's `name`). */
export const STAGES = ['None', 'Staging', 'Production', 'Archived'] as const;
