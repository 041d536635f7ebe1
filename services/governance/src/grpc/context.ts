import { randomUUID } from 'node:crypto';
import type { Metadata } from '@grpc/grpc-js';
import { CommandContext } from '../application/ports';

const first = (metadata: Metadata, key: string): string | undefined => {
  const value = metadata.get(key)[0];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * Who and when, from the call's metadata, with the same keys as the REST adapter's headers (no auth yet: the
 * actor is whatever the client says, until bearer-token authentication lands in a later slice).
 */
export function commandContext(metadata: Metadata, now = Date.now()): CommandContext {
  return {
    actor: first(metadata, 'x-cairn-actor') ?? 'grpc-client',
    correlationId: first(metadata, 'x-request-id') ?? randomUUID(),
    traceparent: first(metadata, 'traceparent') ?? null,
    now,
  };
}
