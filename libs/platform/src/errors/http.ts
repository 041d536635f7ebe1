import { ErrorKind } from '@cairn/contracts';

/** MLflow's error_code names (mlflow/protos/databricks.proto `ErrorCode`) that Cairn answers with. */
export type MlflowErrorCode =
  | 'INVALID_PARAMETER_VALUE'
  | 'BAD_REQUEST'
  | 'RESOURCE_DOES_NOT_EXIST'
  | 'ENDPOINT_NOT_FOUND'
  | 'RESOURCE_ALREADY_EXISTS'
  | 'ABORTED'
  | 'PERMISSION_DENIED'
  | 'UNAUTHENTICATED'
  | 'REQUEST_LIMIT_EXCEEDED'
  | 'NOT_IMPLEMENTED'
  | 'TEMPORARILY_UNAVAILABLE'
  | 'INTERNAL_ERROR';

export interface HttpErrorMapping {
  status: number;
  mlflowErrorCode: MlflowErrorCode;
}

/**
 * The REST table: CairnError kind → HTTP status and MLflow error_code. Statuses follow mlflow/exceptions.py
 * `ERROR_CODE_TO_HTTP_STATUS`, so the mlflow client raises the same exception it would against MLflow:
 * RESOURCE_ALREADY_EXISTS is 400 there (not 409), ABORTED is 409. FAILED_PRECONDITION uses BAD_REQUEST (400),
 * the code databricks.proto maps to google.rpc FAILED_PRECONDITION; MLflow's INVALID_STATE would be a 500.
 */
const HTTP_TABLE: Record<ErrorKind, HttpErrorMapping> = {
  INVALID_ARGUMENT: { status: 400, mlflowErrorCode: 'INVALID_PARAMETER_VALUE' },
  NOT_FOUND: { status: 404, mlflowErrorCode: 'RESOURCE_DOES_NOT_EXIST' },
  ALREADY_EXISTS: { status: 400, mlflowErrorCode: 'RESOURCE_ALREADY_EXISTS' },
  CONFLICT: { status: 409, mlflowErrorCode: 'ABORTED' },
  FAILED_PRECONDITION: { status: 400, mlflowErrorCode: 'BAD_REQUEST' },
  PERMISSION_DENIED: { status: 403, mlflowErrorCode: 'PERMISSION_DENIED' },
  UNAUTHENTICATED: { status: 401, mlflowErrorCode: 'UNAUTHENTICATED' },
  UNAVAILABLE: { status: 503, mlflowErrorCode: 'TEMPORARILY_UNAVAILABLE' },
  INTERNAL: { status: 500, mlflowErrorCode: 'INTERNAL_ERROR' },
};

export function toHttp(kind: ErrorKind): HttpErrorMapping {
  return HTTP_TABLE[kind];
}

/**
 * For errors raised by the HTTP layer itself (Nest's HttpException, body-parser): status → MLflow error_code,
 * as MLflow's own HTTP_STATUS_TO_ERROR_CODE does for an unknown route (ENDPOINT_NOT_FOUND) or a bad body.
 */
export function mlflowCodeForStatus(status: number): MlflowErrorCode {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'PERMISSION_DENIED';
    case 404:
    case 405:
      return 'ENDPOINT_NOT_FOUND';
    case 409:
      return 'ABORTED';
    case 429:
      return 'REQUEST_LIMIT_EXCEEDED';
    case 501:
      return 'NOT_IMPLEMENTED';
    case 503:
      return 'TEMPORARILY_UNAVAILABLE';
    default:
      return status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_ERROR';
  }
}
