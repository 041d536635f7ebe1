// Original file: proto/cairn/governance/v1/messages.proto


export interface Target {
  /**
   * alias | stage | deployment
   */
  'kind'?: (string);
  /**
   * the alias, the stage (any case; answered canonical: Production) or the deployment
   */
  'name'?: (string);
}

export interface Target__Output {
  /**
   * alias | stage | deployment
   */
  'kind': (string);
  /**
   * the alias, the stage (any case; answered canonical: Production) or the deployment
   */
  'name': (string);
}
