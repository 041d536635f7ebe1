// Original file: proto/cairn/registry/v1/messages.proto


export interface DeleteModelVersionResponse {
}

export interface DeleteModelVersionResponse__Output {
}
