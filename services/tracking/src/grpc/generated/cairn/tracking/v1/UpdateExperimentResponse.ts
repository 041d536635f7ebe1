// Original file: proto/cairn/tracking/v1/messages.proto


export interface UpdateExperimentResponse {
}

export interface UpdateExperimentResponse__Output {
}
