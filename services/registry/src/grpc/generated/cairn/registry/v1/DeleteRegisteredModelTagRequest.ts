// Original file: proto/cairn/registry/v1/messages.proto


export interface DeleteRegisteredModelTagRequest {
  'name'?: (string);
  'key'?: (string);
}

export interface DeleteRegisteredModelTagRequest__Output {
  'name': (string);
  'key': (string);
}
