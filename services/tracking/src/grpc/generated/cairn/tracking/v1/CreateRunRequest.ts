// Original file: proto/cairn/tracking/v1/messages.proto

import type { Tag as _cairn_tracking_v1_Tag, Tag__Output as _cairn_tracking_v1_Tag__Output } from '../../../cairn/tracking/v1/Tag';
import type { Long } from '@grpc/proto-loader';

export interface CreateRunRequest {
  /**
   * Empty means the default experiment "0".
   */
  'experiment_id'?: (string);
  'user_id'?: (string);
  /**
   * Empty means a generated name (or the `mlflow.runName` tag's value).
   */
  'run_name'?: (string);
  /**
   * When absent the server's time is used.
   */
  'start_time'?: (number | string | Long);
  'tags'?: (_cairn_tracking_v1_Tag)[];
  '_start_time'?: "start_time";
}

export interface CreateRunRequest__Output {
  /**
   * Empty means the default experiment "0".
   */
  'experiment_id': (string);
  'user_id': (string);
  /**
   * Empty means a generated name (or the `mlflow.runName` tag's value).
   */
  'run_name': (string);
  /**
   * When absent the server's time is used.
   */
  'start_time'?: (string);
  'tags': (_cairn_tracking_v1_Tag__Output)[];
  '_start_time'?: "start_time";
}
