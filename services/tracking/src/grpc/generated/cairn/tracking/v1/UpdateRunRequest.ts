// Original file: proto/cairn/tracking/v1/messages.proto

import type { RunStatus as _cairn_tracking_v1_RunStatus, RunStatus__Output as _cairn_tracking_v1_RunStatus__Output } from '../../../cairn/tracking/v1/RunStatus';
import type { Long } from '@grpc/proto-loader';

/**
 * Changes only what is given.
 */
export interface UpdateRunRequest {
  'run_id'?: (string);
  /**
   * RUN_STATUS_UNSPECIFIED leaves the status unchanged.
   */
  'status'?: (_cairn_tracking_v1_RunStatus);
  'end_time'?: (number | string | Long);
  'run_name'?: (string);
  '_end_time'?: "end_time";
  '_run_name'?: "run_name";
}

/**
 * Changes only what is given.
 */
export interface UpdateRunRequest__Output {
  'run_id': (string);
  /**
   * RUN_STATUS_UNSPECIFIED leaves the status unchanged.
   */
  'status': (_cairn_tracking_v1_RunStatus__Output);
  'end_time'?: (string);
  'run_name'?: (string);
  '_end_time'?: "end_time";
  '_run_name'?: "run_name";
}
