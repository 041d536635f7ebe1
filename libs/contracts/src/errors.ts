/**
 * Typed errors with a stable code and context. The domain throws these; each transport has one table that turns
 * the kind into its own status (libs/platform: MLflow error_code + HTTP status, gRPC status, dead-letter headers).
 */
export type ErrorKind =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'CONFLICT'
  | 'FAILED_PRECONDITION'
  | 'PERMISSION_DENIED'
  | 'UNAUTHENTICATED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export type ErrorContext = Record<string, unknown>;

export class CairnError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable, dotted, upper-case code such as `EVENT_STORE.WRONG_EXPECTED_VERSION`. */
    readonly code: string,
    message: string,
    readonly context: ErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InvalidArgument extends CairnError {
  constructor(code: string, message: string, context?: ErrorContext, options?: { cause?: unknown }) {
    super('INVALID_ARGUMENT', code, message, context, options);
  }
}

export class NotFound extends CairnError {
  constructor(code: string, message: string, context?: ErrorContext) {
    super('NOT_FOUND', code, message, context);
  }
}

export class AlreadyExists extends CairnError {
  constructor(code: string, message: string, context?: ErrorContext) {
    super('ALREADY_EXISTS', code, message, context);
  }
}

/** Optimistic-concurrency and idempotency clashes: the caller decides whether to re-read and retry. */
export class Conflict extends CairnError {
  constructor(code: string, message: string, context?: ErrorContext) {
    super('CONFLICT', code, message, context);
  }
}

export class FailedPrecondition extends CairnError {
  constructor(code: string, message: string, context?: ErrorContext) {
    super('FAILED_PRECONDITION', code, message, context);
  }
}

export class PermissionDenied extends CairnError {
  constructor(code: string, message: string, context?: ErrorContext) {
    super('PERMISSION_DENIED', code, message, context);
  }
}

export class Unauthenticated extends CairnError {
  constructor(code: string, message: string, context?: ErrorContext) {
    super('UNAUTHENTICATED', code, message, context);
  }
}

export class Unavailable extends CairnError {
  constructor(code: string, message: string, context?: ErrorContext, options?: { cause?: unknown }) {
    super('UNAVAILABLE', code, message, context, options);
  }
}

/** Anything that is not a CairnError becomes INTERNAL, keeping the original as the cause. */
export function asCairnError(error: unknown): CairnError {
  if (error instanceof CairnError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CairnError('INTERNAL', 'INTERNAL', message, {}, { cause: error });
}
