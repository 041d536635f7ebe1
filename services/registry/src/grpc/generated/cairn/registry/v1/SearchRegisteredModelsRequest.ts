// Original file: proto/cairn/registry/v1/messages.proto


export interface SearchRegisteredModelsRequest {
  /**
   * MLflow's registered-model filter grammar, e.g. `name LIKE 'fraud-%' AND tags.team = 'risk'`.
   */
  'filter'?: (string);
  'max_results'?: (number);
  /**
   * e.g. `name ASC`, `last_updated_timestamp DESC`.
   */
  'order_by'?: (string)[];
  'page_token'?: (string);
}

export interface SearchRegisteredModelsRequest__Output {
  /**
   * MLflow's registered-model filter grammar, e.g. `name LIKE 'fraud-%' AND tags.team = 'risk'`.
   */
  'filter': (string);
  'max_results': (number);
  /**
   * e.g. `name ASC`, `last_updated_timestamp DESC`.
   */
  'order_by': (string)[];
  'page_token': (string);
}
