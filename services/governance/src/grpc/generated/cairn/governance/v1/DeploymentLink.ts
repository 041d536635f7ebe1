// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Slots for the serving gateway's events (a later service): empty until cairn.serving.events is audited.
 */
export interface DeploymentLink {
  'deployment'?: (string);
  /**
   * direct | canary | shadow | challenger
   */
  'strategy'?: (string);
  'position'?: (number | string | Long);
}

/**
 * Slots for the serving gateway's events (a later service): empty until cairn.serving.events is audited.
 */
export interface DeploymentLink__Output {
  'deployment': (string);
  /**
   * direct | canary | shadow | challenger
   */
  'strategy': (string);
  'position': (string);
}
