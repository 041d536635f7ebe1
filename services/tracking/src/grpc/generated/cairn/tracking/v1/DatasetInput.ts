// Original file: proto/cairn/tracking/v1/entities.proto

import type { Tag as _cairn_tracking_v1_Tag, Tag__Output as _cairn_tracking_v1_Tag__Output } from '../../../cairn/tracking/v1/Tag';
import type { Dataset as _cairn_tracking_v1_Dataset, Dataset__Output as _cairn_tracking_v1_Dataset__Output } from '../../../cairn/tracking/v1/Dataset';

/**
 * A dataset a run used; the input tag `mlflow.data.context` says how (e.g. "training").
 */
export interface DatasetInput {
  'tags'?: (_cairn_tracking_v1_Tag)[];
  'dataset'?: (_cairn_tracking_v1_Dataset | null);
}

/**
 * A dataset a run used; the input tag `mlflow.data.context` says how (e.g. "training").
 */
export interface DatasetInput__Output {
  'tags': (_cairn_tracking_v1_Tag__Output)[];
  'dataset': (_cairn_tracking_v1_Dataset__Output | null);
}
