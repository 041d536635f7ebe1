// Original file: proto/cairn/access/v1/access.proto

import type { AccessTarget as _cairn_access_v1_AccessTarget, AccessTarget__Output as _cairn_access_v1_AccessTarget__Output } from '../../../cairn/access/v1/AccessTarget';

export interface AuthorizeRequest {
  /**
   * The caller's bearer token as presented (never logged, hashed at once).
   */
  'token'?: (string);
  /**
   * One of the operations in libs/contracts/src/operations.ts, e.g. `registry.promote`.
   */
  'operation'?: (string);
  'model'?: (string);
  'target'?: (_cairn_access_v1_AccessTarget | null);
  /**
   * Where the call arrived, for the audit trail: `registry`, `POST /api/2.0/mlflow/registered-models/alias`.
   */
  'service'?: (string);
  'method'?: (string);
  '_model'?: "model";
  '_target'?: "target";
}

export interface AuthorizeRequest__Output {
  /**
   * The caller's bearer token as presented (never logged, hashed at once).
   */
  'token': (string);
  /**
   * One of the operations in libs/contracts/src/operations.ts, e.g. `registry.promote`.
   */
  'operation': (string);
  'model'?: (string);
  'target'?: (_cairn_access_v1_AccessTarget__Output | null);
  /**
   * Where the call arrived, for the audit trail: `registry`, `POST /api/2.0/mlflow/registered-models/alias`.
   */
  'service': (string);
  'method': (string);
  '_model'?: "model";
  '_target'?: "target";
}
