// Original file: proto/cairn/access/v1/access.proto


export interface GetPrincipalRequest {
  'principal_id'?: (string);
}

export interface GetPrincipalRequest__Output {
  'principal_id': (string);
}
