// Original file: proto/cairn/tracking/v1/messages.proto

import type { ViewType as _cairn_tracking_v1_ViewType, ViewType__Output as _cairn_tracking_v1_ViewType__Output } from '../../../cairn/tracking/v1/ViewType';

export interface SearchExperimentsRequest {
  /**
   * MLflow's experiment filter grammar, e.g. `name LIKE 'fraud-%' AND tags.team = 'risk'`.
   */
  'filter'?: (string);
  /**
   * e.g. `name ASC`, `creation_time DESC`.
   */
  'order_by'?: (string)[];
  'view_type'?: (_cairn_tracking_v1_ViewType);
  'max_results'?: (number);
  'page_token'?: (string);
}

export interface SearchExperimentsRequest__Output {
  /**
   * MLflow's experiment filter grammar, e.g. `name LIKE 'fraud-%' AND tags.team = 'risk'`.
   */
  'filter': (string);
  /**
   * e.g. `name ASC`, `creation_time DESC`.
   */
  'order_by': (string)[];
  'view_type': (_cairn_tracking_v1_ViewType__Output);
  'max_results': (number);
  'page_token': (string);
}
