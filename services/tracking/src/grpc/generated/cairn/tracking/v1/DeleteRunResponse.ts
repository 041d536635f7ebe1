// Original file: proto/cairn/tracking/v1/messages.proto


export interface DeleteRunResponse {
}

export interface DeleteRunResponse__Output {
}
