// Original file: proto/cairn/governance/v1/messages.proto

import type { AuditEvent as _cairn_governance_v1_AuditEvent, AuditEvent__Output as _cairn_governance_v1_AuditEvent__Output } from '../../../cairn/governance/v1/AuditEvent';
import type { Long } from '@grpc/proto-loader';

export interface QueryAuditResponse {
  'events'?: (_cairn_governance_v1_AuditEvent)[];
  /**
   * the highest position in this page (0 when empty)
   */
  'next_position'?: (number | string | Long);
  /**
   * empty on the last page
   */
  'next_page_token'?: (string);
}

export interface QueryAuditResponse__Output {
  'events': (_cairn_governance_v1_AuditEvent__Output)[];
  /**
   * the highest position in this page (0 when empty)
   */
  'next_position': (string);
  /**
   * empty on the last page
   */
  'next_page_token': (string);
}
