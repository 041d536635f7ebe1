// Original file: proto/cairn/tracking/v1/messages.proto


export interface DeleteExperimentResponse {
}

export interface DeleteExperimentResponse__Output {
}
