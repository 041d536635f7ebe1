// Original file: proto/cairn/tracking/v1/messages.proto


export interface DeleteTagRequest {
  'run_id'?: (string);
  'key'?: (string);
}

export interface DeleteTagRequest__Output {
  'run_id': (string);
  'key': (string);
}
