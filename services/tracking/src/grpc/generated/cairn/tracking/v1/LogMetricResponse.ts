// Original file: proto/cairn/tracking/v1/messages.proto


export interface LogMetricResponse {
}

export interface LogMetricResponse__Output {
}
