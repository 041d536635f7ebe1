// Original file: proto/cairn/tracking/v1/messages.proto


export interface RestoreRunResponse {
}

export interface RestoreRunResponse__Output {
}
