// Original file: proto/cairn/tracking/v1/messages.proto

import type { ViewType as _cairn_tracking_v1_ViewType, ViewType__Output as _cairn_tracking_v1_ViewType__Output } from '../../../cairn/tracking/v1/ViewType';

export interface SearchRunsRequest {
  'experiment_ids'?: (string)[];
  /**
   * MLflow's run filter grammar, e.g. `metrics.rmse < 1 AND params.alpha = '0.5' AND attributes.status = 'FINISHED'`.
   */
  'filter'?: (string);
  'view_type'?: (_cairn_tracking_v1_ViewType);
  'max_results'?: (number);
  /**
   * e.g. `metrics.rmse ASC`, `attributes.start_time DESC`.
   */
  'order_by'?: (string)[];
  'page_token'?: (string);
}

export interface SearchRunsRequest__Output {
  'experiment_ids': (string)[];
  /**
   * MLflow's run filter grammar, e.g. `metrics.rmse < 1 AND params.alpha = '0.5' AND attributes.status = 'FINISHED'`.
   */
  'filter': (string);
  'view_type': (_cairn_tracking_v1_ViewType__Output);
  'max_results': (number);
  /**
   * e.g. `metrics.rmse ASC`, `attributes.start_time DESC`.
   */
  'order_by': (string)[];
  'page_token': (string);
}
