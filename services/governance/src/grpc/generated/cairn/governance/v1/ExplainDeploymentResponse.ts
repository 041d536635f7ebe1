// Original file: proto/cairn/governance/v1/messages.proto

import type { Subject as _cairn_governance_v1_Subject, Subject__Output as _cairn_governance_v1_Subject__Output } from '../../../cairn/governance/v1/Subject';
import type { Decision as _cairn_governance_v1_Decision, Decision__Output as _cairn_governance_v1_Decision__Output } from '../../../cairn/governance/v1/Decision';
import type { AuditEvent as _cairn_governance_v1_AuditEvent, AuditEvent__Output as _cairn_governance_v1_AuditEvent__Output } from '../../../cairn/governance/v1/AuditEvent';
import type { ServedVersion as _cairn_governance_v1_ServedVersion, ServedVersion__Output as _cairn_governance_v1_ServedVersion__Output } from '../../../cairn/governance/v1/ServedVersion';
import type { PromotionRequest as _cairn_governance_v1_PromotionRequest, PromotionRequest__Output as _cairn_governance_v1_PromotionRequest__Output } from '../../../cairn/governance/v1/PromotionRequest';
import type { Approval as _cairn_governance_v1_Approval, Approval__Output as _cairn_governance_v1_Approval__Output } from '../../../cairn/governance/v1/Approval';
import type { VersionLineage as _cairn_governance_v1_VersionLineage, VersionLineage__Output as _cairn_governance_v1_VersionLineage__Output } from '../../../cairn/governance/v1/VersionLineage';
import type { DeploymentLink as _cairn_governance_v1_DeploymentLink, DeploymentLink__Output as _cairn_governance_v1_DeploymentLink__Output } from '../../../cairn/governance/v1/DeploymentLink';
import type { RolloutStep as _cairn_governance_v1_RolloutStep, RolloutStep__Output as _cairn_governance_v1_RolloutStep__Output } from '../../../cairn/governance/v1/RolloutStep';
import type { Rollback as _cairn_governance_v1_Rollback, Rollback__Output as _cairn_governance_v1_Rollback__Output } from '../../../cairn/governance/v1/Rollback';
import type { Long } from '@grpc/proto-loader';

export interface ExplainDeploymentResponse {
  /**
   * the model version that served and the target it served under
   */
  'subject'?: (_cairn_governance_v1_Subject | null);
  /**
   * the governance decision of its promotion (absent when none was recorded)
   */
  'decision'?: (_cairn_governance_v1_Decision | null);
  /**
   * every audit event used, by position
   */
  'events'?: (_cairn_governance_v1_AuditEvent)[];
  'served'?: (_cairn_governance_v1_ServedVersion | null);
  'promotion'?: (_cairn_governance_v1_PromotionRequest | null);
  /**
   * PolicyEvaluated's whole input, as the policies saw it
   */
  'decision_input_json'?: (string);
  'approvals'?: (_cairn_governance_v1_Approval)[];
  /**
   * PromotionApproved
   */
  'approved_at'?: (number | string | Long);
  'lineage'?: (_cairn_governance_v1_VersionLineage | null);
  /**
   * the time explained
   */
  'at'?: (number | string | Long);
  'deployment'?: (_cairn_governance_v1_DeploymentLink | null);
  'rollout'?: (_cairn_governance_v1_RolloutStep)[];
  'rollbacks'?: (_cairn_governance_v1_Rollback)[];
  '_approved_at'?: "approved_at";
  '_deployment'?: "deployment";
}

export interface ExplainDeploymentResponse__Output {
  /**
   * the model version that served and the target it served under
   */
  'subject': (_cairn_governance_v1_Subject__Output | null);
  /**
   * the governance decision of its promotion (absent when none was recorded)
   */
  'decision': (_cairn_governance_v1_Decision__Output | null);
  /**
   * every audit event used, by position
   */
  'events': (_cairn_governance_v1_AuditEvent__Output)[];
  'served': (_cairn_governance_v1_ServedVersion__Output | null);
  'promotion': (_cairn_governance_v1_PromotionRequest__Output | null);
  /**
   * PolicyEvaluated's whole input, as the policies saw it
   */
  'decision_input_json': (string);
  'approvals': (_cairn_governance_v1_Approval__Output)[];
  /**
   * PromotionApproved
   */
  'approved_at'?: (string);
  'lineage': (_cairn_governance_v1_VersionLineage__Output | null);
  /**
   * the time explained
   */
  'at': (string);
  'deployment'?: (_cairn_governance_v1_DeploymentLink__Output | null);
  'rollout': (_cairn_governance_v1_RolloutStep__Output)[];
  'rollbacks': (_cairn_governance_v1_Rollback__Output)[];
  '_approved_at'?: "approved_at";
  '_deployment'?: "deployment";
}
