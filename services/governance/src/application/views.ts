import { DecisionOutcome, DecisionStatus, DecisionSubject, PolicyEffect, PolicyOutcome, PolicyScope } from '../domain';

/** A policy's latest version as listed (the read model's row). */
export interface PolicyView {
  policyId: string;
  version: number;
  name: string;
  description: string;
  scope: PolicyScope;
  effect: PolicyEffect;
  approvals?: number;
  message: string;
  source: string;
  hash: string;
  publishedBy: string;
  publishedAt: number;
  retiredAt?: number;
}

/** A decision and where its approvals stand. */
export interface DecisionView {
  decisionId: string;
  subject: DecisionSubject;
  requester: string;
  outcome: DecisionOutcome;
  status: DecisionStatus;
  reasons: string[];
  /** Every policy evaluated, with its version, hash and result. */
  policies: PolicyOutcome[];
  approvalsRequired?: number;
  approvers: string[];
  rejectedBy?: string;
  rejection?: string;
  evaluatedAt: number;
  closedAt?: number;
}

/** Evaluate's answer. */
export interface EvaluationView {
  decisionId: string;
  outcome: DecisionOutcome;
  reasons: string[];
  approvalsRequired?: number;
  policies: PolicyOutcome[];
  evaluatedAt: number;
}
