// Original file: proto/cairn/governance/v1/messages.proto


export interface PolicyScope {
  'model_pattern'?: (string);
  'targets'?: (string)[];
}

export interface PolicyScope__Output {
  'model_pattern': (string);
  'targets': (string)[];
}
