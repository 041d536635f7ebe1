// Original file: proto/cairn/registry/v1/messages.proto


/**
 * The model's stream in append order, all its lives (a deleted and re-created model keeps its earlier history).
 * A rename starts the new name's stream with `RegisteredModelRenamedFrom`, whose data names the previous name.
 */
export interface ListModelHistoryRequest {
  'name'?: (string);
  'max_results'?: (number);
  'page_token'?: (string);
}

/**
 * The model's stream in append order, all its lives (a deleted and re-created model keeps its earlier history).
 * A rename starts the new name's stream with `RegisteredModelRenamedFrom`, whose data names the previous name.
 */
export interface ListModelHistoryRequest__Output {
  'name': (string);
  'max_results': (number);
  'page_token': (string);
}
