// Original file: proto/cairn/registry/v1/messages.proto


export interface SetModelVersionTagRequest {
  'name'?: (string);
  'version'?: (string);
  'key'?: (string);
  'value'?: (string);
}

export interface SetModelVersionTagRequest__Output {
  'name': (string);
  'version': (string);
  'key': (string);
  'value': (string);
}
