// Original file: proto/cairn/registry/v1/messages.proto


export interface GetLineageRequest {
  'name'?: (string);
  'version'?: (string);
}

export interface GetLineageRequest__Output {
  'name': (string);
  'version': (string);
}
