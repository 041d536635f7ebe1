// Original file: proto/cairn/registry/v1/messages.proto


export interface UpdateModelVersionRequest {
  'name'?: (string);
  'version'?: (string);
  'description'?: (string);
  '_description'?: "description";
}

export interface UpdateModelVersionRequest__Output {
  'name': (string);
  'version': (string);
  'description'?: (string);
  '_description'?: "description";
}
