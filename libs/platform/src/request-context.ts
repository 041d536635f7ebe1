import { randomUUID } from 'node:crypto';
import type { Metadata } from '@grpc/grpc-js';

/**
 * Who and when, taken once at the edge of every service, with the same keys on both transports: REST headers and
 * gRPC metadata `x-cairn-actor`, `x-request-id`, `traceparent`. An absent or empty value falls back (an event's
 * actor may not be empty). The access guard (auth/) has already set `x-cairn-actor` from the bearer token (an admin
 * may name someone else) and `x-cairn-caller` to the authenticated principal, overwriting what the client sent.
 */
export interface RequestContext {
  actor: string;
  /** The authenticated principal, when it differs from or backs `actor` (absent on unauthenticated routes). */
  caller?: string;
  correlationId: string;
  traceparent: string | null;
  /** Epoch milliseconds at which the command was accepted. */
  now: number;
}

export interface HeaderSource {
  headers: Record<string, string | string[] | undefined>;
}

function context(read: (key: string) => string | undefined, defaultActor: string, now: number): RequestContext {
  const caller = read('x-cairn-caller');
  return {
    actor: read('x-cairn-actor') ?? defaultActor,
    ...(caller ? { caller } : {}),
    correlationId: read('x-request-id') ?? randomUUID(),
    traceparent: read('traceparent') ?? null,
    now,
  };
}

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** A request header's first value; absent or empty: undefined. */
export function headerValue(request: HeaderSource, key: string): string | undefined {
  const value = request.headers[key];
  return nonEmpty(Array.isArray(value) ? value[0] : value);
}

/** A gRPC metadata key's first value; absent, empty or binary: undefined. */
export const metadataValue = (metadata: Metadata, key: string): string | undefined => nonEmpty(metadata.get(key)[0]);

/** From an HTTP request's headers; `defaultActor` names the kind of client the service expects. */
export function contextFromHeaders(request: HeaderSource, defaultActor: string, now = Date.now()): RequestContext {
  return context((key) => headerValue(request, key), defaultActor, now);
}

/** From a gRPC call's metadata. */
export function contextFromMetadata(metadata: Metadata, now = Date.now()): RequestContext {
  return context((key) => metadataValue(metadata, key), 'grpc-client', now);
}
