// Original file: proto/cairn/registry/v1/messages.proto


export interface GetModelVersionDownloadUriResponse {
  'artifact_uri'?: (string);
}

export interface GetModelVersionDownloadUriResponse__Output {
  'artifact_uri': (string);
}
