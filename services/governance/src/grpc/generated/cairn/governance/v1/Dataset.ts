// Original file: proto/cairn/governance/v1/messages.proto


export interface Dataset {
  'name'?: (string);
  'digest'?: (string);
  'source'?: (string);
  /**
   * MLflow's dataset context: training, eval, …
   */
  'context'?: (string);
  '_context'?: "context";
}

export interface Dataset__Output {
  'name': (string);
  'digest': (string);
  'source': (string);
  /**
   * MLflow's dataset context: training, eval, …
   */
  'context'?: (string);
  '_context'?: "context";
}
