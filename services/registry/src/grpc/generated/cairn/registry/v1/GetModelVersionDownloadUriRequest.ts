// Original file: proto/cairn/registry/v1/messages.proto


export interface GetModelVersionDownloadUriRequest {
  'name'?: (string);
  'version'?: (string);
}

export interface GetModelVersionDownloadUriRequest__Output {
  'name': (string);
  'version': (string);
}
