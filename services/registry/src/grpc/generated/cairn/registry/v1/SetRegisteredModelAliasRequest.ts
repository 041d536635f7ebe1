// Original file: proto/cairn/registry/v1/messages.proto


export interface SetRegisteredModelAliasRequest {
  'name'?: (string);
  'alias'?: (string);
  'version'?: (string);
}

export interface SetRegisteredModelAliasRequest__Output {
  'name': (string);
  'alias': (string);
  'version': (string);
}
