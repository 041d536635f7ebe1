// Original file: proto/cairn/tracking/v1/messages.proto


export interface LogBatchResponse {
}

export interface LogBatchResponse__Output {
}
