// Original file: proto/cairn/registry/v1/messages.proto


export interface GetRegisteredModelRequest {
  'name'?: (string);
}

export interface GetRegisteredModelRequest__Output {
  'name': (string);
}
