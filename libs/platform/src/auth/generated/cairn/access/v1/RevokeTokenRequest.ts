// Original file: proto/cairn/access/v1/access.proto


export interface RevokeTokenRequest {
  'principal_id'?: (string);
  'token_id'?: (string);
  'reason'?: (string);
}

export interface RevokeTokenRequest__Output {
  'principal_id': (string);
  'token_id': (string);
  'reason': (string);
}
