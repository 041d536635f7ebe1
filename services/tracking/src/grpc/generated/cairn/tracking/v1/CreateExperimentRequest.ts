// Original file: proto/cairn/tracking/v1/messages.proto

import type { Tag as _cairn_tracking_v1_Tag, Tag__Output as _cairn_tracking_v1_Tag__Output } from '../../../cairn/tracking/v1/Tag';

export interface CreateExperimentRequest {
  'name'?: (string);
  /**
   * Must stay inside the server's artifact root; empty means the default location.
   */
  'artifact_location'?: (string);
  'tags'?: (_cairn_tracking_v1_Tag)[];
}

export interface CreateExperimentRequest__Output {
  'name': (string);
  /**
   * Must stay inside the server's artifact root; empty means the default location.
   */
  'artifact_location': (string);
  'tags': (_cairn_tracking_v1_Tag__Output)[];
}
