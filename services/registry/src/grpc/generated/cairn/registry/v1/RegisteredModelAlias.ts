// Original file: proto/cairn/registry/v1/entities.proto


export interface RegisteredModelAlias {
  'alias'?: (string);
  'version'?: (string);
}

export interface RegisteredModelAlias__Output {
  'alias': (string);
  'version': (string);
}
