// Original file: proto/cairn/tracking/v1/messages.proto


export interface DeleteTagResponse {
}

export interface DeleteTagResponse__Output {
}
