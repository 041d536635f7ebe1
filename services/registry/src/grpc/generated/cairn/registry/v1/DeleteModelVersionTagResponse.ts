// Original file: proto/cairn/registry/v1/messages.proto


export interface DeleteModelVersionTagResponse {
}

export interface DeleteModelVersionTagResponse__Output {
}
