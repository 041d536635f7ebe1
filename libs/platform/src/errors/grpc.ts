import { asCairnError, CairnError, ErrorKind } from '@cairn/contracts';
import { Metadata, ServerErrorResponse, sendUnaryData, ServerUnaryCall, status } from '@grpc/grpc-js';

/** The gRPC table: CairnError kind → gRPC status code. */
const GRPC_TABLE: Record<ErrorKind, status> = {
  INVALID_ARGUMENT: status.INVALID_ARGUMENT,
  NOT_FOUND: status.NOT_FOUND,
  ALREADY_EXISTS: status.ALREADY_EXISTS,
  CONFLICT: status.ABORTED,
  FAILED_PRECONDITION: status.FAILED_PRECONDITION,
  PERMISSION_DENIED: status.PERMISSION_DENIED,
  UNAUTHENTICATED: status.UNAUTHENTICATED,
  UNAVAILABLE: status.UNAVAILABLE,
  INTERNAL: status.INTERNAL,
};

export function toGrpcStatus(kind: ErrorKind): status {
  return GRPC_TABLE[kind];
}

/** Trailers carrying the stable Cairn code, so a gRPC caller can branch on it as a REST caller does on error_code. */
export const GRPC_ERROR_CODE_KEY = 'cairn-error-code';

/** Turns any thrown value into a gRPC error; unknown errors are INTERNAL without their message leaking. */
export function toGrpcError(error: unknown): ServerErrorResponse {
  const cairn = asCairnError(error);
  const metadata = new Metadata();
  metadata.set(GRPC_ERROR_CODE_KEY, cairn.code);
  const internalUnknown = !(error instanceof CairnError);
  const details = internalUnknown ? 'internal error' : cairn.message;
  return Object.assign(new Error(details), { code: toGrpcStatus(cairn.kind), details, metadata });
}

export type UnaryHandler<Req, Res> = (request: Req, call: ServerUnaryCall<Req, Res>) => Promise<Res>;

/**
 * Adapts an async handler to grpc-js's callback style, mapping thrown errors through the table. `onInternal`
 * sees the errors that become INTERNAL, for logging with context.
 */
export function unary<Req, Res>(
  handler: UnaryHandler<Req, Res>,
  onInternal?: (error: unknown, call: ServerUnaryCall<Req, Res>) => void,
) {
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
    handler(call.request, call).then(
      (response) => callback(null, response),
      (error: unknown) => {
        if (asCairnError(error).kind === 'INTERNAL') onInternal?.(error, call);
        callback(toGrpcError(error));
      },
    );
  };
}
