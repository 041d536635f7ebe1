// Original file: proto/cairn/tracking/v1/messages.proto


export interface SetTagResponse {
}

export interface SetTagResponse__Output {
}
