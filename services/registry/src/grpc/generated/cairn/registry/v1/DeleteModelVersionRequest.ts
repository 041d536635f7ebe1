// Original file: proto/cairn/registry/v1/messages.proto


export interface DeleteModelVersionRequest {
  'name'?: (string);
  'version'?: (string);
}

export interface DeleteModelVersionRequest__Output {
  'name': (string);
  'version': (string);
}
