import { randomUUID } from 'node:crypto';
import { CommandContext } from '../application/ports';

export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
}

const header = (request: RequestLike, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Who and when, taken once at the edge (no auth yet: the actor is whoever the client says, as on gRPC). */
export function commandContext(request: RequestLike): CommandContext {
  return {
    actor: header(request, 'x-cairn-actor') || 'rest-client',
    correlationId: header(request, 'x-request-id') || randomUUID(),
    traceparent: header(request, 'traceparent') ?? null,
    now: Date.now(),
  };
}
