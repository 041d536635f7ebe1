// Original file: proto/cairn/registry/v1/messages.proto


export interface SetRegisteredModelTagRequest {
  'name'?: (string);
  'key'?: (string);
  'value'?: (string);
}

export interface SetRegisteredModelTagRequest__Output {
  'name': (string);
  'key': (string);
  'value': (string);
}
