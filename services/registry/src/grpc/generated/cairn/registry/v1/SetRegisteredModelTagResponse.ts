// Original file: proto/cairn/registry/v1/messages.proto


export interface SetRegisteredModelTagResponse {
}

export interface SetRegisteredModelTagResponse__Output {
}
