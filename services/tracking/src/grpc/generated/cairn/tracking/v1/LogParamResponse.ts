// Original file: proto/cairn/tracking/v1/messages.proto


export interface LogParamResponse {
}

export interface LogParamResponse__Output {
}
