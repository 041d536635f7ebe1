// Original file: proto/cairn/governance/v1/messages.proto

import type { AuditEvent as _cairn_governance_v1_AuditEvent, AuditEvent__Output as _cairn_governance_v1_AuditEvent__Output } from '../../../cairn/governance/v1/AuditEvent';
import type { Long } from '@grpc/proto-loader';

export interface QueryAuditResponse {
  'events'?: (_cairn_governance_v1_AuditEvent)[];
  'next_position'?: (number | string | Long);
}

export interface QueryAuditResponse__Output {
  'events': (_cairn_governance_v1_AuditEvent__Output)[];
  'next_position': (string);
}
