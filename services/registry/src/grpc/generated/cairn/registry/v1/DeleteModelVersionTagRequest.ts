// Original file: proto/cairn/registry/v1/messages.proto


export interface DeleteModelVersionTagRequest {
  'name'?: (string);
  'version'?: (string);
  'key'?: (string);
}

export interface DeleteModelVersionTagRequest__Output {
  'name': (string);
  'version': (string);
  'key': (string);
}
