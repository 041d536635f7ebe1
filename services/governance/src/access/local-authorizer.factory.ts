import { EventStore } from '@cairn/event-store';
import { Logger } from '@cairn/platform';
import { Pool } from '@cairn/postgres';
import { PostgresDecisionRepository } from '../infrastructure/postgres/decision-repository';
import { LocalAuthorizer } from './local-authorizer';
import { PrincipalStore } from './principal-store';

/** Governance's authorizer: the access projection; refusals go where every refusal goes (`recordRefusal`, access-<day>). */
export function createLocalAuthorizer(pool: Pool, store: EventStore, logger: Pick<Logger, 'warn'>): LocalAuthorizer {
  const refusals = new PostgresDecisionRepository(pool, store);
  return new LocalAuthorizer(
    new PrincipalStore(pool, store),
    (event, actor, correlationId) => refusals.recordRefusal(event, { actor, correlationId, traceparent: null, now: Date.now() }),
    logger,
  );
}
