// Original file: proto/cairn/governance/v1/messages.proto


export interface GetDecisionRequest {
  'decision_id'?: (string);
}

export interface GetDecisionRequest__Output {
  'decision_id': (string);
}
