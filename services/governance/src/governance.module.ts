import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { EventStore } from '@cairn/event-store';
import { EVENT_STORE, PG_POOL } from '@cairn/platform';
import { Pool } from '@cairn/postgres';
import { AccessModule, TOKEN_ACTORS } from './access/access.module';
import { TokenActors } from './access/token-actors';
import { GovernanceService } from './application/governance-service';
import { AuditModule } from './audit/audit.module';
import { createCelPolicyEngine, PolicyEngine } from './domain';
import { GovernanceGrpcService } from './grpc/governance.grpc';
import { DecisionsController } from './http/decisions.controller';
import { PoliciesController } from './http/policies.controller';
import { PostgresDecisionRepository } from './infrastructure/postgres/decision-repository';
import { PostgresGovernanceReads } from './infrastructure/postgres/governance-reads';
import { PostgresPolicyCatalog } from './infrastructure/postgres/policy-catalog';
import { PostgresPolicyRepository } from './infrastructure/postgres/policy-repository';
import { GOVERNANCE_SERVICE } from './tokens';

const POLICY_ENGINE = Symbol('governance.policy-engine');

/**
 * Governance: the gRPC GovernanceService and the REST routes under /api/2.0/cairn/governance over one
 * GovernanceService, whose write side is the event store (`policy-<id>`, `decision-<id>`, `access-<day>`) with
 * inline projections into schema `governance`. One CEL engine per process (pure), shared by publish-time
 * compilation and the compiled-policy cache.
 */
@Module({
  // AuditModule: the audit trail (its REST routes, its consumer, the AuditService behind the audit RPCs).
  imports: [AccessModule, AuditModule],
  controllers: [PoliciesController, DecisionsController],
  providers: [
    { provide: POLICY_ENGINE, useFactory: () => createCelPolicyEngine() },
    {
      provide: GOVERNANCE_SERVICE,
      inject: [PG_POOL, EVENT_STORE, POLICY_ENGINE, TOKEN_ACTORS],
      useFactory: (pool: Pool, store: EventStore, engine: PolicyEngine, actors: TokenActors) =>
        new GovernanceService({
          policies: new PostgresPolicyRepository(pool, store, engine),
          decisions: new PostgresDecisionRepository(pool, store),
          reads: new PostgresGovernanceReads(pool),
          catalog: new PostgresPolicyCatalog(pool, engine),
          actors,
          engine,
          newId: randomUUID,
        }),
    },
    GovernanceGrpcService,
  ],
  exports: [GOVERNANCE_SERVICE],
})
export class GovernanceModule {}
