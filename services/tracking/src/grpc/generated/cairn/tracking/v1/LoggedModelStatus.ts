// Original file: proto/cairn/tracking/v1/entities.proto

export const LoggedModelStatus = {
  LOGGED_MODEL_STATUS_UNSPECIFIED: 'LOGGED_MODEL_STATUS_UNSPECIFIED',
  /**
   * Created; its artifacts are still being uploaded.
   */
  LOGGED_MODEL_STATUS_PENDING: 'LOGGED_MODEL_STATUS_PENDING',
  /**
   * Finalized: its artifacts are complete.
   */
  LOGGED_MODEL_STATUS_READY: 'LOGGED_MODEL_STATUS_READY',
  LOGGED_MODEL_STATUS_FAILED: 'LOGGED_MODEL_STATUS_FAILED',
} as const;

export type LoggedModelStatus =
  | 'LOGGED_MODEL_STATUS_UNSPECIFIED'
  | 0
  /**
   * Created; its artifacts are still being uploaded.
   */
  | 'LOGGED_MODEL_STATUS_PENDING'
  | 1
  /**
   * Finalized: its artifacts are complete.
   */
  | 'LOGGED_MODEL_STATUS_READY'
  | 2
  | 'LOGGED_MODEL_STATUS_FAILED'
  | 3

export type LoggedModelStatus__Output = typeof LoggedModelStatus[keyof typeof LoggedModelStatus]
