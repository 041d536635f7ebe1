// Original file: proto/cairn/registry/v1/entities.proto

export const ModelVersionStatus = {
  /**
   * Never returned.
   */
  MODEL_VERSION_STATUS_UNSPECIFIED: 'MODEL_VERSION_STATUS_UNSPECIFIED',
  /**
   * Registered, not yet ready to be served (the MLflow client polls until it leaves this status).
   */
  MODEL_VERSION_STATUS_PENDING_REGISTRATION: 'MODEL_VERSION_STATUS_PENDING_REGISTRATION',
  MODEL_VERSION_STATUS_READY: 'MODEL_VERSION_STATUS_READY',
  MODEL_VERSION_STATUS_FAILED_REGISTRATION: 'MODEL_VERSION_STATUS_FAILED_REGISTRATION',
} as const;

export type ModelVersionStatus =
  /**
   * Never returned.
   */
  | 'MODEL_VERSION_STATUS_UNSPECIFIED'
  | 0
  /**
   * Registered, not yet ready to be served (the MLflow client polls until it leaves this status).
   */
  | 'MODEL_VERSION_STATUS_PENDING_REGISTRATION'
  | 1
  | 'MODEL_VERSION_STATUS_READY'
  | 2
  | 'MODEL_VERSION_STATUS_FAILED_REGISTRATION'
  | 3

export type ModelVersionStatus__Output = typeof ModelVersionStatus[keyof typeof ModelVersionStatus]
