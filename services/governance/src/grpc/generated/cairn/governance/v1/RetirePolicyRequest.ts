// Original file: proto/cairn/governance/v1/messages.proto


export interface RetirePolicyRequest {
  'policy_id'?: (string);
  'reason'?: (string);
}

export interface RetirePolicyRequest__Output {
  'policy_id': (string);
  'reason': (string);
}
