// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

export interface RolloutStep {
  /**
   * TrafficShifted, ShadowStarted, …
   */
  'event_type'?: (string);
  'outcome'?: (string);
  'at'?: (number | string | Long);
  'position'?: (number | string | Long);
}

export interface RolloutStep__Output {
  /**
   * TrafficShifted, ShadowStarted, …
   */
  'event_type': (string);
  'outcome': (string);
  'at': (string);
  'position': (string);
}
