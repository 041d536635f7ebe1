// Original file: proto/cairn/tracking/v1/messages.proto


export interface DeleteRunRequest {
  'run_id'?: (string);
}

export interface DeleteRunRequest__Output {
  'run_id': (string);
}
