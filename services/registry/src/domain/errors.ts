import { AlreadyExists, FailedPrecondition, InvalidArgument, NotFound, PermissionDenied } from '@cairn/contracts';

/**
 * Every error the registry domain throws, by stable code. The transports map the error's kind (not the code) to a
 * status: INVALID_ARGUMENT → 400 INVALID_PARAMETER_VALUE, NOT_FOUND → 404 RESOURCE_DOES_NOT_EXIST, ALREADY_EXISTS
 * → 400 RESOURCE_ALREADY_EXISTS, FAILED_PRECONDITION, PERMISSION_DENIED → 403 (libs/platform/src/errors/).
 */
export const REGISTRY_ERRORS = {
  missingParameter: 'REGISTRY.MISSING_PARAMETER',
  invalidModelName: 'REGISTRY.INVALID_MODEL_NAME',
  invalidVersion: 'REGISTRY.INVALID_VERSION',
  invalidTag: 'REGISTRY.INVALID_TAG',
  invalidDescription: 'REGISTRY.INVALID_DESCRIPTION',
  invalidStatusMessage: 'REGISTRY.INVALID_STATUS_MESSAGE',
  invalidAlias: 'REGISTRY.INVALID_ALIAS',
  invalidStage: 'REGISTRY.INVALID_STAGE',
  invalidArchiveExisting: 'REGISTRY.INVALID_ARCHIVE_EXISTING',
  invalidDecision: 'REGISTRY.INVALID_DECISION',
  requestIdRequired: 'REGISTRY.REQUEST_ID_REQUIRED',
  /** MLflow answers an unknown alias with INVALID_PARAMETER_VALUE, not RESOURCE_DOES_NOT_EXIST; so do we. */
  aliasNotFound: 'REGISTRY.ALIAS_NOT_FOUND',
  modelNotFound: 'REGISTRY.MODEL_NOT_FOUND',
  modelAlreadyExists: 'REGISTRY.MODEL_ALREADY_EXISTS',
  versionNotFound: 'REGISTRY.VERSION_NOT_FOUND',
  versionNotReady: 'REGISTRY.VERSION_NOT_READY',
  versionStatusSettled: 'REGISTRY.VERSION_STATUS_SETTLED',
  promotionNotFound: 'REGISTRY.PROMOTION_NOT_FOUND',
  promotionExists: 'REGISTRY.PROMOTION_EXISTS',
  promotionNotPending: 'REGISTRY.PROMOTION_NOT_PENDING',
  promotionNotAwaitingApproval: 'REGISTRY.PROMOTION_NOT_AWAITING_APPROVAL',
  promotionDenied: 'REGISTRY.PROMOTION_DENIED',
} as const;

export type RegistryErrorCode = (typeof REGISTRY_ERRORS)[keyof typeof REGISTRY_ERRORS];

export function invalid(code: RegistryErrorCode, message: string, context: Record<string, unknown> = {}): never {
  throw new InvalidArgument(code, message, context);
}

export const modelNotFound = (name: string): NotFound =>
  new NotFound(REGISTRY_ERRORS.modelNotFound, `Registered Model with name=${name} not found`, { name });

export const modelAlreadyExists = (name: string): AlreadyExists =>
  new AlreadyExists(REGISTRY_ERRORS.modelAlreadyExists, `Registered Model (name=${name}) already exists.`, { name });

export const versionNotFound = (name: string, version: number): NotFound =>
  new NotFound(REGISTRY_ERRORS.versionNotFound, `Model Version (name=${name}, version=${version}) not found`, {
    name,
    version,
  });

export const aliasNotFound = (name: string, alias: string): InvalidArgument =>
  new InvalidArgument(REGISTRY_ERRORS.aliasNotFound, `Registered model alias ${alias} not found.`, { name, alias });

export const promotionNotFound = (name: string, requestId: string): NotFound =>
  new NotFound(
    REGISTRY_ERRORS.promotionNotFound,
    `Promotion request ${requestId} of Registered Model with name=${name} not found`,
    { name, requestId },
  );

export const failedPrecondition = (code: RegistryErrorCode, message: string, context: Record<string, unknown>) =>
  new FailedPrecondition(code, message, context);

export const permissionDenied = (code: RegistryErrorCode, message: string, context: Record<string, unknown>) =>
  new PermissionDenied(code, message, context);
