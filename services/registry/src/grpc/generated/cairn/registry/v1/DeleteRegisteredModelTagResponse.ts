// Original file: proto/cairn/registry/v1/messages.proto


export interface DeleteRegisteredModelTagResponse {
}

export interface DeleteRegisteredModelTagResponse__Output {
}
