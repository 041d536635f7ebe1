import { unary, UnaryHandler } from '@cairn/platform';
import type { handleUnaryCall, ServerUnaryCall } from '@grpc/grpc-js';

/** The platform's `unary` with this service's INTERNAL-error logger bound: every handler maps errors the same way. */
export type Wrap = <Req, Res>(handler: UnaryHandler<Req, Res>) => handleUnaryCall<Req, Res>;

export function wrapWith(onInternal: (error: unknown, call: ServerUnaryCall<unknown, unknown>) => void): Wrap {
  return (handler) => unary(handler, onInternal);
}
