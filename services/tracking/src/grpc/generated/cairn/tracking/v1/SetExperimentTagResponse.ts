// Original file: proto/cairn/tracking/v1/messages.proto


export interface SetExperimentTagResponse {
}

export interface SetExperimentTagResponse__Output {
}
