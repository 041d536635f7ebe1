// Original file: proto/cairn/registry/v1/entities.proto

import type { PromotionStatus as _cairn_registry_v1_PromotionStatus, PromotionStatus__Output as _cairn_registry_v1_PromotionStatus__Output } from '../../../cairn/registry/v1/PromotionStatus';
import type { Long } from '@grpc/proto-loader';

/**
 * An alias assignment or a stage transition as governance decided it. MLflow has no such entity: its calls either
 * succeed or fail, while a Cairn promotion may wait for approvals; the responses that promote carry this so a gRPC
 * client can tell "done" from "waiting".
 */
export interface Promotion {
  'request_id'?: (string);
  'version'?: (string);
  'alias'?: (string);
  'stage'?: (string);
  'status'?: (_cairn_registry_v1_PromotionStatus);
  'reasons'?: (string)[];
  /**
   * Set while awaiting approval.
   */
  'approvals_required'?: (number);
  /**
   * Governance's decision id (cairn.governance.v1), when it has decided.
   */
  'decision_id'?: (string);
  'requested_by'?: (string);
  'requested_at'?: (number | string | Long);
  'target'?: "alias"|"stage";
}

/**
 * An alias assignment or a stage transition as governance decided it. MLflow has no such entity: its calls either
 * succeed or fail, while a Cairn promotion may wait for approvals; the responses that promote carry this so a gRPC
 * client can tell "done" from "waiting".
 */
export interface Promotion__Output {
  'request_id': (string);
  'version': (string);
  'alias'?: (string);
  'stage'?: (string);
  'status': (_cairn_registry_v1_PromotionStatus__Output);
  'reasons': (string)[];
  /**
   * Set while awaiting approval.
   */
  'approvals_required': (number);
  /**
   * Governance's decision id (cairn.governance.v1), when it has decided.
   */
  'decision_id': (string);
  'requested_by': (string);
  'requested_at': (string);
  'target'?: "alias"|"stage";
}
