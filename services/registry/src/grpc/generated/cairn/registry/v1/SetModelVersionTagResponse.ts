// Original file: proto/cairn/registry/v1/messages.proto


export interface SetModelVersionTagResponse {
}

export interface SetModelVersionTagResponse__Output {
}
