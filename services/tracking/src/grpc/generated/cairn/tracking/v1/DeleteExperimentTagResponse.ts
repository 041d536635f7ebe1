// Original file: proto/cairn/tracking/v1/messages.proto


export interface DeleteExperimentTagResponse {
}

export interface DeleteExperimentTagResponse__Output {
}
