// Original file: proto/cairn/tracking/v1/messages.proto


export interface RestoreExperimentResponse {
}

export interface RestoreExperimentResponse__Output {
}
