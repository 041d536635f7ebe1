import {
  AlreadyExists,
  FailedPrecondition,
  InvalidArgument,
  NotFound,
  PermissionDenied,
  Unauthenticated,
} from '@cairn/contracts';

/**
 * Every error the governance domain throws or returns, by stable code. The transports map the error's kind to a
 * status (libs/platform/src/errors/): INVALID_ARGUMENT → 400, NOT_FOUND → 404, ALREADY_EXISTS → 400 / 409,
 * FAILED_PRECONDITION, PERMISSION_DENIED → 403, UNAUTHENTICATED → 401.
 */
export const GOVERNANCE_ERRORS = {
  invalidArgument: 'GOVERNANCE.INVALID_ARGUMENT',
  // policies
  policyDoesNotCompile: 'GOVERNANCE.POLICY_DOES_NOT_COMPILE',
  policyNotFound: 'GOVERNANCE.POLICY_NOT_FOUND',
  // decisions and approvals
  decisionNotFound: 'GOVERNANCE.DECISION_NOT_FOUND',
  decisionExists: 'GOVERNANCE.DECISION_EXISTS',
  decisionNotAwaitingApproval: 'GOVERNANCE.DECISION_NOT_AWAITING_APPROVAL',
  selfApproval: 'GOVERNANCE.SELF_APPROVAL',
  notAnApprover: 'GOVERNANCE.NOT_AN_APPROVER',
  // principals and tokens
  principalNotFound: 'GOVERNANCE.PRINCIPAL_NOT_FOUND',
  principalExists: 'GOVERNANCE.PRINCIPAL_EXISTS',
  tokenNotFound: 'GOVERNANCE.TOKEN_NOT_FOUND',
  tokenExists: 'GOVERNANCE.TOKEN_EXISTS',
  // authentication (401) and authorisation (403)
  tokenMissing: 'GOVERNANCE.TOKEN_MISSING',
  tokenUnknown: 'GOVERNANCE.TOKEN_UNKNOWN',
  tokenExpired: 'GOVERNANCE.TOKEN_EXPIRED',
  tokenRevoked: 'GOVERNANCE.TOKEN_REVOKED',
  permissionDenied: 'GOVERNANCE.PERMISSION_DENIED',
} as const;

export type GovernanceErrorCode = (typeof GOVERNANCE_ERRORS)[keyof typeof GOVERNANCE_ERRORS];

export function invalid(message: string, context: Record<string, unknown> = {}): never {
  throw new InvalidArgument(GOVERNANCE_ERRORS.invalidArgument, message, context);
}

export const notFound = (code: GovernanceErrorCode, message: string, context: Record<string, unknown>) =>
  new NotFound(code, message, context);
export const alreadyExists = (code: GovernanceErrorCode, message: string, context: Record<string, unknown>) =>
  new AlreadyExists(code, message, context);
export const failedPrecondition = (code: GovernanceErrorCode, message: string, context: Record<string, unknown>) =>
  new FailedPrecondition(code, message, context);
export const permissionDenied = (code: GovernanceErrorCode, message: string, context: Record<string, unknown>) =>
  new PermissionDenied(code, message, context);
export const unauthenticated = (code: GovernanceErrorCode, message: string, context: Record<string, unknown>) =>
  new Unauthenticated(code, message, context);
