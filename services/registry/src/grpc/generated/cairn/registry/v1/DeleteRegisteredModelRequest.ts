// Original file: proto/cairn/registry/v1/messages.proto


export interface DeleteRegisteredModelRequest {
  'name'?: (string);
}

export interface DeleteRegisteredModelRequest__Output {
  'name': (string);
}
