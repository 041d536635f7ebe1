// Original file: proto/cairn/tracking/v1/messages.proto


export interface RestoreRunRequest {
  'run_id'?: (string);
}

export interface RestoreRunRequest__Output {
  'run_id': (string);
}
