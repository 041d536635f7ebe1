// Original file: proto/cairn/tracking/v1/messages.proto


export interface LogInputsResponse {
}

export interface LogInputsResponse__Output {
}
