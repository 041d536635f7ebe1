import { readFileSync } from 'node:fs';
import { Module } from '@nestjs/common';
import { EventStore } from '@cairn/event-store';
import { CONFIG, EVENT_STORE, KAFKA, LOGGER, Logger, messagingLogger, PG_POOL } from '@cairn/platform';
import { Pool } from '@cairn/postgres';
import type { Kafka } from 'kafkajs';
import type { GovernanceConfig } from '../config';
import { AUDIT_CONSUMER, AUDIT_CONSUMER_SETTINGS, AuditConsumerHost, AuditConsumerSettings } from './audit-consumer-host';
import { AuditController } from './audit.controller';
import { AUDIT_GROUP_ID, AUDIT_TOPICS, AuditConsumer } from './audit.consumer';
import { AuditService } from './audit-service';
import { ed25519PrivateKey } from './signing';
import { AUDIT_SERVICE } from './tokens';

/**
 * The audit trail (issue 6): the consumer projecting the registry's (and later serving's) events into
 * `governance.audit`, and the AuditService behind QueryAudit / ExplainDeployment / VerifyAudit (gRPC, in
 * GovernanceGrpcService) and the REST routes under /api/2.0/cairn/governance/audit.
 */
@Module({
  controllers: [AuditController],
  providers: [
    {
      provide: AUDIT_CONSUMER_SETTINGS,
      // CONFIG is optional so the module also runs on the platform's providers alone.
      inject: [{ token: CONFIG, optional: true }],
      useFactory: (config?: GovernanceConfig): AuditConsumerSettings => ({
        groupId: config?.CAIRN_GOVERNANCE_AUDIT_GROUP ?? AUDIT_GROUP_ID,
        topics: config?.CAIRN_GOVERNANCE_AUDIT_TOPICS ?? [...AUDIT_TOPICS],
        restartDelayMs: 5_000,
      }),
    },
    {
      provide: AUDIT_CONSUMER,
      inject: [KAFKA, PG_POOL, LOGGER, AUDIT_CONSUMER_SETTINGS],
      useFactory: (kafka: Kafka, pool: Pool, logger: Logger, { groupId, topics }: AuditConsumerSettings) =>
        new AuditConsumer({ kafka, pool, groupId, topics, logger: messagingLogger(logger) }),
    },
    AuditConsumerHost,
    {
      provide: AUDIT_SERVICE,
      inject: [PG_POOL, EVENT_STORE, { token: CONFIG, optional: true }],
      useFactory: (pool: Pool, store: EventStore, config?: GovernanceConfig) => {
        const file = config?.CAIRN_AUDIT_SIGNING_KEY_FILE;
        return new AuditService({
          pool,
          store,
          ...(file ? { signingKey: ed25519PrivateKey(readFileSync(file)) } : {}),
          clock: Date.now,
        });
      },
    },
  ],
  exports: [AUDIT_SERVICE],
})
export class AuditModule {}
