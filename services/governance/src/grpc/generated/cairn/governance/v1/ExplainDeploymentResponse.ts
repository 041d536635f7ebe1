// Original file: proto/cairn/governance/v1/messages.proto

import type { Subject as _cairn_governance_v1_Subject, Subject__Output as _cairn_governance_v1_Subject__Output } from '../../../cairn/governance/v1/Subject';
import type { Decision as _cairn_governance_v1_Decision, Decision__Output as _cairn_governance_v1_Decision__Output } from '../../../cairn/governance/v1/Decision';
import type { AuditEvent as _cairn_governance_v1_AuditEvent, AuditEvent__Output as _cairn_governance_v1_AuditEvent__Output } from '../../../cairn/governance/v1/AuditEvent';

export interface ExplainDeploymentResponse {
  'subject'?: (_cairn_governance_v1_Subject | null);
  'decision'?: (_cairn_governance_v1_Decision | null);
  'events'?: (_cairn_governance_v1_AuditEvent)[];
}

export interface ExplainDeploymentResponse__Output {
  'subject': (_cairn_governance_v1_Subject__Output | null);
  'decision': (_cairn_governance_v1_Decision__Output | null);
  'events': (_cairn_governance_v1_AuditEvent__Output)[];
}
