import { z } from 'zod';

/**
 * The registry's events, on streams `model-<name>` (one stream per registered model; its versions, aliases, stages
 * and promotion requests live inside it, so the model's decider allocates version numbers).
 *
 * Rules every event here follows:
 * - `name` is the registered model's name (the stream's aggregate id), so consumers need no stream parsing.
 * - `timestamp` is the command's time in epoch milliseconds (the decider copies it from the command metadata);
 *   projections use it for MLflow's `creation_timestamp` / `last_updated_timestamp`.
 * - The data alone is enough for a read-model projection to apply the event (ids, versions, previous values where
 *   a consumer needs them, a full snapshot where a stream begins from another one).
 *
 * Stream life: `RegisteredModelCreated` opens a life; `RegisteredModelDeleted` and `RegisteredModelRenamed` close
 * it (the name is free again); a later `RegisteredModelCreated` or `RegisteredModelRenamedFrom` on the same stream
 * starts a new life after the old one's history. A rename is "closing the books": `RegisteredModelRenamed` is the
 * last event of the old life, `RegisteredModelRenamedFrom` (carrying the whole state) the first of the new stream;
 * the adapter appends both in one transaction.
 */

const name = z.string().min(1).max(256);
const timestamp = z.number().int().nonnegative();
const version = z.number().int().positive();
const requestId = z.string().min(1);

export const RegistryTagSchema = z.object({ key: z.string().max(250), value: z.string().max(5000) });

/** MLflow's stages, canonical spelling (the domain canonicalises case-insensitive input). */
export const ModelStageSchema = z.enum(['None', 'Staging', 'Production', 'Archived']);

export const ModelVersionStatusSchema = z.enum(['PENDING_REGISTRATION', 'READY', 'FAILED_REGISTRATION']);

/** Metric values as JSON can hold them: numbers, or MLflow's non-finite values spelled out. */
const metricValue = z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])]);

/**
 * Where a version came from, captured once at registration (DESIGN.md promotion flow step 2): the run and logged
 * model, the datasets (with digests) the run consumed, the code version and a snapshot of the run's / model's
 * latest metrics at registration time. Governance evaluates policies over it; ExplainDeployment walks it.
 */
export const ModelVersionLineageSchema = z.object({
  experimentId: z.string().min(1).optional(),
  runId: z.string().min(1).optional(),
  modelId: z.string().min(1).optional(),
  datasets: z
    .array(
      z.object({
        name: z.string().min(1),
        digest: z.string().min(1),
        source: z.string().optional(),
        sourceType: z.string().optional(),
        /** MLflow's `mlflow.data.context` input tag: training, validation, eval, … */
        context: z.string().optional(),
      }),
    )
    .default([]),
  codeVersion: z
    .object({
      gitCommit: z.string().optional(),
      gitRepoUrl: z.string().optional(),
      gitBranch: z.string().optional(),
      sourceName: z.string().optional(),
      sourceType: z.string().optional(),
      entryPoint: z.string().optional(),
    })
    .default({}),
  metrics: z
    .array(
      z.object({
        key: z.string().min(1),
        value: metricValue,
        step: z.number().int(),
        timestamp: z.number().int(),
        datasetName: z.string().optional(),
        datasetDigest: z.string().optional(),
      }),
    )
    .default([]),
  params: z.array(z.object({ key: z.string().min(1), value: z.string() })).optional(),
});

/**
 * A lineage's latest value of each metric, as every reader of it counts them (governance's policy input, the
 * registry's Evaluate facts): a metric logged several times (steps, or per dataset) counts once, the entry with the
 * highest step, then the latest timestamp, then the last listed.
 */
export function latestMetricValues<V>(
  metrics: ReadonlyArray<{ key: string; value: V; step: number; timestamp: number }>,
): Record<string, V> {
  const latest = new Map<string, { value: V; step: number; timestamp: number }>();
  for (const metric of metrics) {
    const seen = latest.get(metric.key);
    if (!seen || metric.step > seen.step || (metric.step === seen.step && metric.timestamp >= seen.timestamp)) {
      latest.set(metric.key, metric);
    }
  }
  return Object.fromEntries([...latest].map(([key, { value }]) => [key, value]));
}

/** What a promotion asks for: point an alias at the version, or move the version to a stage. */
export const PromotionTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('alias'), alias: z.string().min(1).max(255) }),
  z.object({ kind: z.literal('stage'), stage: ModelStageSchema, archiveExistingVersions: z.boolean() }),
]);

export const PromotionStatusSchema = z.enum(['requested', 'awaiting-approval', 'allowed', 'denied', 'abandoned']);

const policyRef = z.object({ id: z.string().min(1), version: z.number().int().positive().optional() });

export const ModelVersionSnapshotSchema = z.object({
  version,
  source: z.string().min(1),
  storageLocation: z.string().min(1).optional(),
  runId: z.string().optional(),
  modelId: z.string().optional(),
  runLink: z.string().optional(),
  description: z.string().optional(),
  userId: z.string().optional(),
  status: ModelVersionStatusSchema,
  statusMessage: z.string().optional(),
  stage: ModelStageSchema,
  tags: z.array(RegistryTagSchema),
  lineage: ModelVersionLineageSchema,
  creationTimestamp: timestamp,
  lastUpdatedTimestamp: timestamp,
});

export const PromotionSnapshotSchema = z.object({
  requestId,
  version,
  target: PromotionTargetSchema,
  requestedBy: z.string().min(1),
  requestedAt: timestamp,
  status: PromotionStatusSchema,
  decisionId: z.string().optional(),
  approvalsRequired: z.number().int().positive().optional(),
  reasons: z.array(z.string()),
  decidedAt: timestamp.optional(),
});

/** A registered model's whole state (without its name, which the carrying event names). */
export const RegisteredModelSnapshotSchema = z.object({
  description: z.string().optional(),
  creationTimestamp: timestamp,
  lastUpdatedTimestamp: timestamp,
  tags: z.array(RegistryTagSchema),
  aliases: z.array(z.object({ alias: z.string().min(1), version })),
  /** The highest version number ever allocated in this life; the next version is this + 1 (never reused). */
  lastAllocatedVersion: z.number().int().nonnegative(),
  versions: z.array(ModelVersionSnapshotSchema),
  /** Every promotion request of this life, pending or decided (completions stay idempotent across a rename). */
  promotions: z.array(PromotionSnapshotSchema),
});

export const RegistryEvents = {
  // ── registered model ────────────────────────────────────────────────────────────────────────────────────────
  RegisteredModelCreated: z.object({
    name,
    description: z.string().optional(),
    tags: z.array(RegistryTagSchema).default([]),
    /** Optional only because events appended before the registry domain existed (backbone tests) lack it. */
    timestamp: timestamp.optional(),
  }),
  RegisteredModelDescriptionUpdated: z.object({ name, description: z.string(), timestamp }),
  RegisteredModelTagSet: z.object({ name, key: z.string(), value: z.string(), timestamp }),
  RegisteredModelTagDeleted: z.object({ name, key: z.string(), timestamp }),
  /** Last event of the old name's life: the stream is closed and the name is free again. */
  RegisteredModelRenamed: z.object({ name, newName: name, timestamp }),
  /** First event of the new name's stream (or of a new life on it): the whole state, carried over. */
  RegisteredModelRenamedFrom: z.object({
    name,
    previousName: name,
    snapshot: RegisteredModelSnapshotSchema,
    timestamp,
  }),
  /** The model, its versions and aliases are gone; the name is free again (a later create starts a new life). */
  RegisteredModelDeleted: z.object({ name, timestamp }),

  // ── model versions ──────────────────────────────────────────────────────────────────────────────────────────
  /** A new version, PENDING_REGISTRATION until ModelVersionReady / ModelVersionRegistrationFailed settles it. */
  ModelVersionRegistered: z.object({
    name,
    version,
    source: z.string().min(1),
    /**
     * Where the version's artifacts are, resolved once at registration inside Cairn's artifact store (e.g.
     * `models:/m-…` → the logged model's `mlflow-artifacts:/…` location): get-download-uri answers it, serving loads
     * from it. Absent on events from before it existed: the source is the location then.
     */
    storageLocation: z.string().min(1).optional(),
    runId: z.string().min(1).optional(),
    modelId: z.string().min(1).optional(),
    runLink: z.string().optional(),
    description: z.string().optional(),
    tags: z.array(RegistryTagSchema).default([]),
    userId: z.string().optional(),
    lineage: ModelVersionLineageSchema.default({ datasets: [], codeVersion: {}, metrics: [] }),
    timestamp,
  }),
  ModelVersionReady: z.object({ name, version, statusMessage: z.string().optional(), timestamp }),
  ModelVersionRegistrationFailed: z.object({ name, version, statusMessage: z.string().min(1), timestamp }),
  ModelVersionDescriptionUpdated: z.object({ name, version, description: z.string(), timestamp }),
  ModelVersionTagSet: z.object({ name, version, key: z.string(), value: z.string(), timestamp }),
  ModelVersionTagDeleted: z.object({ name, version, key: z.string(), timestamp }),
  /** Its aliases were dropped by AliasDeleted events just before, its pending promotions abandoned. */
  ModelVersionDeleted: z.object({ name, version, timestamp }),

  // ── promotions (governed alias and stage changes) ───────────────────────────────────────────────────────────
  PromotionRequested: z.object({
    name,
    requestId,
    version,
    target: PromotionTargetSchema,
    requestedBy: z.string().min(1),
    timestamp,
  }),
  /** The change follows in the same append: AliasAssigned, or StageTransitioned(s). */
  PromotionAllowed: z.object({
    name,
    requestId,
    version,
    target: PromotionTargetSchema,
    decisionId: z.string().min(1).optional(),
    policies: z.array(policyRef).optional(),
    /** Present when the promotion was completed by approvals after PromotionAwaitingApproval. */
    approvedBy: z.array(z.string().min(1)).optional(),
    reasons: z.array(z.string()).default([]),
    timestamp,
  }),
  PromotionDenied: z.object({
    name,
    requestId,
    version,
    target: PromotionTargetSchema,
    decisionId: z.string().min(1).optional(),
    policies: z.array(policyRef).optional(),
    /** Present when an approver rejected a promotion that awaited approval. */
    rejectedBy: z.string().min(1).optional(),
    reasons: z.array(z.string()),
    timestamp,
  }),
  PromotionAwaitingApproval: z.object({
    name,
    requestId,
    version,
    target: PromotionTargetSchema,
    decisionId: z.string().min(1),
    policies: z.array(policyRef).optional(),
    approvalsRequired: z.number().int().positive(),
    reasons: z.array(z.string()).default([]),
    timestamp,
  }),
  /** The request ends without a decision (governance unavailable, the version or model deleted, …). */
  PromotionAbandoned: z.object({
    name,
    requestId,
    version,
    target: PromotionTargetSchema,
    reason: z.string().min(1),
    timestamp,
  }),

  // ── the changes themselves ──────────────────────────────────────────────────────────────────────────────────
  AliasAssigned: z.object({
    name,
    alias: z.string().min(1).max(255),
    version,
    /** The version the alias pointed at before (absent for a new alias): serving swaps from it. */
    previousVersion: version.optional(),
    requestId,
    timestamp,
  }),
  AliasDeleted: z.object({ name, alias: z.string().min(1).max(255), version, timestamp }),
  /** One per version that moves; archive-existing adds one per archived version, all with the same requestId. */
  StageTransitioned: z.object({
    name,
    version,
    from: ModelStageSchema,
    to: ModelStageSchema,
    requestId: requestId.optional(),
    timestamp,
  }),
};
