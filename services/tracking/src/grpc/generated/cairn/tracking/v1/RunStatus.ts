// Original file: proto/cairn/tracking/v1/entities.proto

export const RunStatus = {
  /**
   * On UpdateRun: leave the status unchanged. Never returned.
   */
  RUN_STATUS_UNSPECIFIED: 'RUN_STATUS_UNSPECIFIED',
  RUN_STATUS_RUNNING: 'RUN_STATUS_RUNNING',
  RUN_STATUS_SCHEDULED: 'RUN_STATUS_SCHEDULED',
  RUN_STATUS_FINISHED: 'RUN_STATUS_FINISHED',
  RUN_STATUS_FAILED: 'RUN_STATUS_FAILED',
  RUN_STATUS_KILLED: 'RUN_STATUS_KILLED',
} as const;

export type RunStatus =
  /**
   * On UpdateRun: leave the status unchanged. Never returned.
   */
  | 'RUN_STATUS_UNSPECIFIED'
  | 0
  | 'RUN_STATUS_RUNNING'
  | 1
  | 'RUN_STATUS_SCHEDULED'
  | 2
  | 'RUN_STATUS_FINISHED'
  | 3
  | 'RUN_STATUS_FAILED'
  | 4
  | 'RUN_STATUS_KILLED'
  | 5

export type RunStatus__Output = typeof RunStatus[keyof typeof RunStatus]
