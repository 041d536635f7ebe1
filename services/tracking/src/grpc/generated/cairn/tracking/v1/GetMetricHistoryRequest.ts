// Original file: proto/cairn/tracking/v1/messages.proto


export interface GetMetricHistoryRequest {
  'run_id'?: (string);
  'metric_key'?: (string);
  'max_results'?: (number);
  'page_token'?: (string);
}

export interface GetMetricHistoryRequest__Output {
  'run_id': (string);
  'metric_key': (string);
  'max_results': (number);
  'page_token': (string);
}
