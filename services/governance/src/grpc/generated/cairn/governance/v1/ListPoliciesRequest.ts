// Original file: proto/cairn/governance/v1/messages.proto


export interface ListPoliciesRequest {
  'include_retired'?: (boolean);
}

export interface ListPoliciesRequest__Output {
  'include_retired': (boolean);
}
