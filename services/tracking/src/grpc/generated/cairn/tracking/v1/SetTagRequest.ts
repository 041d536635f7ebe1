// Original file: proto/cairn/tracking/v1/messages.proto


export interface SetTagRequest {
  'run_id'?: (string);
  'key'?: (string);
  'value'?: (string);
}

export interface SetTagRequest__Output {
  'run_id': (string);
  'key': (string);
  'value': (string);
}
