// Original file: proto/cairn/registry/v1/messages.proto


export interface GetModelVersionByAliasRequest {
  'name'?: (string);
  'alias'?: (string);
}

export interface GetModelVersionByAliasRequest__Output {
  'name': (string);
  'alias': (string);
}
