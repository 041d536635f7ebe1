// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Which version served at `at`, and why. Name the deployment, or the model and an alias or a stage.
 */
export interface ExplainDeploymentRequest {
  'deployment'?: (string);
  /**
   * epoch ms; 0: now
   */
  'at'?: (number | string | Long);
  'model'?: (string);
  'alias'?: (string);
  /**
   * any case
   */
  'stage'?: (string);
}

/**
 * Which version served at `at`, and why. Name the deployment, or the model and an alias or a stage.
 */
export interface ExplainDeploymentRequest__Output {
  'deployment': (string);
  /**
   * epoch ms; 0: now
   */
  'at': (string);
  'model': (string);
  'alias': (string);
  /**
   * any case
   */
  'stage': (string);
}
