// Original file: proto/cairn/registry/v1/messages.proto


/**
 * Not governed: removing an alias stops nothing from being served by it that governance allowed.
 */
export interface DeleteRegisteredModelAliasRequest {
  'name'?: (string);
  'alias'?: (string);
}

/**
 * Not governed: removing an alias stops nothing from being served by it that governance allowed.
 */
export interface DeleteRegisteredModelAliasRequest__Output {
  'name': (string);
  'alias': (string);
}
