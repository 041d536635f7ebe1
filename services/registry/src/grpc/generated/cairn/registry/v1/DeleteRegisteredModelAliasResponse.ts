// Original file: proto/cairn/registry/v1/messages.proto


export interface DeleteRegisteredModelAliasResponse {
}

export interface DeleteRegisteredModelAliasResponse__Output {
}
