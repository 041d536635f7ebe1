import { EventStore } from '@cairn/event-store';
import { Logger } from '@cairn/platform';
import { Pool } from '@cairn/postgres';
import { accessStream } from '../domain';
import { StreamWriter } from '../infrastructure/postgres/stream-writer';
import { LocalAuthorizer } from './local-authorizer';
import { PrincipalStore } from './principal-store';

/** Governance's authorizer: the access projection, refusals appended to `access-<day>` (audited like the rest). */
export function createLocalAuthorizer(pool: Pool, store: EventStore, logger: Pick<Logger, 'warn'>): LocalAuthorizer {
  const writer = new StreamWriter(pool, store);
  return new LocalAuthorizer(
    new PrincipalStore(pool, store),
    (event, actor, correlationId) => {
      const now = Date.now();
      return writer.appendAny(accessStream(new Date(now)), [event], { actor, correlationId, traceparent: null, now });
    },
    logger,
  );
}
