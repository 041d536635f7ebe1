// Original file: proto/cairn/governance/v1/messages.proto


export interface QualityCheck {
  'passed'?: (boolean);
  'value'?: (number | string);
  '_value'?: "value";
}

export interface QualityCheck__Output {
  'passed': (boolean);
  'value'?: (number);
  '_value'?: "value";
}
