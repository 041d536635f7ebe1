// Original file: proto/cairn/registry/v1/messages.proto


export interface DeleteRegisteredModelResponse {
}

export interface DeleteRegisteredModelResponse__Output {
}
