// Original file: proto/cairn/tracking/v1/entities.proto

export const LifecycleStage = {
  LIFECYCLE_STAGE_UNSPECIFIED: 'LIFECYCLE_STAGE_UNSPECIFIED',
  LIFECYCLE_STAGE_ACTIVE: 'LIFECYCLE_STAGE_ACTIVE',
  LIFECYCLE_STAGE_DELETED: 'LIFECYCLE_STAGE_DELETED',
} as const;

export type LifecycleStage =
  | 'LIFECYCLE_STAGE_UNSPECIFIED'
  | 0
  | 'LIFECYCLE_STAGE_ACTIVE'
  | 1
  | 'LIFECYCLE_STAGE_DELETED'
  | 2

export type LifecycleStage__Output = typeof LifecycleStage[keyof typeof LifecycleStage]
