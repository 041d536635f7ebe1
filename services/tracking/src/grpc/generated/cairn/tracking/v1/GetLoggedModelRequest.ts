// Original file: proto/cairn/tracking/v1/messages.proto


export interface GetLoggedModelRequest {
  'model_id'?: (string);
}

export interface GetLoggedModelRequest__Output {
  'model_id': (string);
}
