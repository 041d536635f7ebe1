import { PermissionDenied } from '@cairn/contracts';
import type { Metadata, ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import { toGrpcError } from '../errors/grpc';
import { metadataValue } from '../request-context';
import { AccessRule, actorFor, Authorizer, bearerToken } from './authorizer';

/** A service's gRPC access rules: by method path (`/cairn.registry.v1.RegistryService/GetLineage`) and request. */
export type GrpcAccessRules = (path: string, request: unknown) => AccessRule | 'public' | undefined;

export interface GrpcAccess {
  service: string;
  authorizer: Authorizer;
  rules: GrpcAccessRules;
}

type Call = { metadata: Metadata; request?: unknown; emit?: (event: string, error: unknown) => void };
type Handler = (call: Call, callback?: (error: unknown, value?: unknown) => void) => void;

/**
 * Wraps every handler of a gRPC service so the call's `authorization: Bearer` metadata must be allowed the
 * operation its rule names before the handler runs; the caller becomes the call's `x-cairn-actor` (`actorFor`).
 * A refusal is answered with UNAUTHENTICATED / PERMISSION_DENIED (and the Cairn code in the trailer).
 */
export function withAccess(
  definition: ServiceDefinition,
  implementation: UntypedServiceImplementation,
  access: GrpcAccess,
): UntypedServiceImplementation {
  const wrapped: UntypedServiceImplementation = {};
  for (const [name, handler] of Object.entries(implementation)) {
    const method = definition[name];
    if (!method || method.requestStream) {
      wrapped[name] = handler; // client-streaming calls have no request to classify; none exist yet
      continue;
    }
    const original = handler as unknown as Handler;
    const guarded: Handler = (call, callback) => {
      check(access, method.path, call).then(
        () => original(call, callback),
        (error: unknown) => (callback ? callback(toGrpcError(error)) : call.emit?.('error', toGrpcError(error))),
      );
    };
    wrapped[name] = guarded as unknown as UntypedServiceImplementation[string];
  }
  return wrapped;
}

async function check(access: GrpcAccess, path: string, call: Call): Promise<void> {
  const rule = access.rules(path, call.request);
  if (rule === 'public') return;
  if (rule === undefined) {
    throw new PermissionDenied('AUTH.NO_ACCESS_RULE', `${path} has no access rule; refused`, { method: path });
  }
  const first = (key: string) => metadataValue(call.metadata, key);
  const caller = await access.authorizer.authorize({
    ...rule,
    token: bearerToken(first('authorization')),
    service: access.service,
    method: path,
    correlationId: first('x-request-id'),
  });
  call.metadata.set('x-cairn-actor', actorFor(caller, first('x-cairn-actor')));
  call.metadata.set('x-cairn-caller', caller.principalId);
}
