// Original file: proto/cairn/registry/v1/messages.proto


export interface SearchModelVersionsRequest {
  /**
   * MLflow's model-version filter grammar, e.g. `name = 'fraud' AND run_id = '...'`.
   */
  'filter'?: (string);
  'max_results'?: (number);
  /**
   * e.g. `version_number DESC`.
   */
  'order_by'?: (string)[];
  'page_token'?: (string);
}

export interface SearchModelVersionsRequest__Output {
  /**
   * MLflow's model-version filter grammar, e.g. `name = 'fraud' AND run_id = '...'`.
   */
  'filter': (string);
  'max_results': (number);
  /**
   * e.g. `version_number DESC`.
   */
  'order_by': (string)[];
  'page_token': (string);
}
