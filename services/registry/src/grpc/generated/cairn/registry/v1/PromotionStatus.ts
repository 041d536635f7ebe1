// Original file: proto/cairn/registry/v1/entities.proto

export const PromotionStatus = {
  PROMOTION_STATUS_UNSPECIFIED: 'PROMOTION_STATUS_UNSPECIFIED',
  /**
   * Governance has not answered yet.
   */
  PROMOTION_STATUS_REQUESTED: 'PROMOTION_STATUS_REQUESTED',
  /**
   * Governance asked for approvals; the change is made when they are given (or never, if rejected).
   */
  PROMOTION_STATUS_AWAITING_APPROVAL: 'PROMOTION_STATUS_AWAITING_APPROVAL',
  /**
   * The change is made.
   */
  PROMOTION_STATUS_ALLOWED: 'PROMOTION_STATUS_ALLOWED',
  PROMOTION_STATUS_DENIED: 'PROMOTION_STATUS_DENIED',
  /**
   * Ended without a decision (governance unavailable, the version or model deleted).
   */
  PROMOTION_STATUS_ABANDONED: 'PROMOTION_STATUS_ABANDONED',
} as const;

export type PromotionStatus =
  | 'PROMOTION_STATUS_UNSPECIFIED'
  | 0
  /**
   * Governance has not answered yet.
   */
  | 'PROMOTION_STATUS_REQUESTED'
  | 1
  /**
   * Governance asked for approvals; the change is made when they are given (or never, if rejected).
   */
  | 'PROMOTION_STATUS_AWAITING_APPROVAL'
  | 2
  /**
   * The change is made.
   */
  | 'PROMOTION_STATUS_ALLOWED'
  | 3
  | 'PROMOTION_STATUS_DENIED'
  | 4
  /**
   * Ended without a decision (governance unavailable, the version or model deleted).
   */
  | 'PROMOTION_STATUS_ABANDONED'
  | 5

export type PromotionStatus__Output = typeof PromotionStatus[keyof typeof PromotionStatus]
