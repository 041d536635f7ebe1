// Original file: proto/cairn/registry/v1/messages.proto


export interface RenameRegisteredModelRequest {
  'name'?: (string);
  'new_name'?: (string);
}

export interface RenameRegisteredModelRequest__Output {
  'name': (string);
  'new_name': (string);
}
