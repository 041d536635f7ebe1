// Original file: proto/cairn/registry/v1/messages.proto


export interface GetModelVersionRequest {
  'name'?: (string);
  'version'?: (string);
}

export interface GetModelVersionRequest__Output {
  'name': (string);
  'version': (string);
}
