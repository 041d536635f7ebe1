import { baseConfigSchema, envInt, envUrl, grpcAddress } from '@cairn/platform';
import { z } from 'zod';
import { LINEAGE_GROUP_ID, LINEAGE_TOPIC } from './lineage/lineage.consumer';
import { PROMOTIONS_GROUP_ID, PROMOTIONS_TOPIC } from './promotions/promotion-decisions.consumer';

export const RegistryConfigSchema = baseConfigSchema({ port: 8082, grpcPort: 9082 }).extend({
  /** Tracking's HTTP base URL: its artifact proxy is where the registry checks a version's MLmodel. */
  CAIRN_TRACKING_URL: envUrl(['http', 'https'], 'http://127.0.0.1:8081').default('http://127.0.0.1:8081'),
  /** Tracking's gRPC API (cairn.tracking.v1): runs and logged models, for source checks and lineage. */
  CAIRN_TRACKING_GRPC_ADDRESS: grpcAddress().default('127.0.0.1:9081'),
  /**
   * How long a new version may stay PENDING_REGISTRATION while its artifacts are checked (the client may still be
   * uploading); after that it is FAILED_REGISTRATION with the reason. MLflow's client waits up to 300 s.
   */
  CAIRN_REGISTRY_VERIFY_TIMEOUT_MS: envInt(1_000, 3_600_000).default(120_000),
  /**
   * The lineage consumer's group and topic (lineage/lineage.module.ts). Only tests change them: a registry started
   * by a test on the shared broker must not join the real `registry.lineage` group, take its partitions and commit
   * offsets for events it wrote into a throwaway database.
   */
  CAIRN_REGISTRY_LINEAGE_GROUP: z.string().trim().min(1).default(LINEAGE_GROUP_ID),
  CAIRN_REGISTRY_LINEAGE_TOPIC: z.string().trim().min(1).default(LINEAGE_TOPIC),
  /**
   * The governance-decisions consumer's group and topic (promotions/promotions.module.ts); for tests only, as the
   * lineage pair: a test's registry must not take the real `registry.promotions` group's partitions.
   */
  CAIRN_REGISTRY_PROMOTIONS_GROUP: z.string().trim().min(1).default(PROMOTIONS_GROUP_ID),
  CAIRN_REGISTRY_PROMOTIONS_TOPIC: z.string().trim().min(1).default(PROMOTIONS_TOPIC),
});

export type RegistryConfig = z.infer<typeof RegistryConfigSchema>;
