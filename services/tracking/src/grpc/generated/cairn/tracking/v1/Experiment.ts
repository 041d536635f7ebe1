// Original file: proto/cairn/tracking/v1/entities.proto

import type { LifecycleStage as _cairn_tracking_v1_LifecycleStage, LifecycleStage__Output as _cairn_tracking_v1_LifecycleStage__Output } from '../../../cairn/tracking/v1/LifecycleStage';
import type { Tag as _cairn_tracking_v1_Tag, Tag__Output as _cairn_tracking_v1_Tag__Output } from '../../../cairn/tracking/v1/Tag';
import type { Long } from '@grpc/proto-loader';

export interface Experiment {
  'experiment_id'?: (string);
  'name'?: (string);
  'artifact_location'?: (string);
  'lifecycle_stage'?: (_cairn_tracking_v1_LifecycleStage);
  'creation_time'?: (number | string | Long);
  'last_update_time'?: (number | string | Long);
  'tags'?: (_cairn_tracking_v1_Tag)[];
}

export interface Experiment__Output {
  'experiment_id': (string);
  'name': (string);
  'artifact_location': (string);
  'lifecycle_stage': (_cairn_tracking_v1_LifecycleStage__Output);
  'creation_time': (string);
  'last_update_time': (string);
  'tags': (_cairn_tracking_v1_Tag__Output)[];
}
