import { z } from 'zod';

/**
 * Governance's events (issue 6): identities, roles and tokens; policies as code; policy decisions with their
 * approvals; audited refusals. All go to `cairn.governance.events` (STREAM_CATEGORIES in ../topics.ts).
 *
 * | stream | aggregate | events |
 * |---|---|---|
 * | `principal-<principalId>` | a user or service account, its roles and its tokens | PrincipalCreated, RoleGranted, RoleRevoked, TokenIssued, TokenRevoked |
 * | `policy-<policyId>` | one policy, every version of it | PolicyVersionPublished, PolicyRetired |
 * | `decision-<decisionId>` | one evaluation of a promotion / deployment and its approvals | PolicyEvaluated, ApprovalRequested, ApprovalGranted, ApprovalRejected, PromotionApproved, PromotionRejected |
 * | `access-<yyyy-mm-dd>` | the day's refused requests (UTC day of the refusal) | AccessDenied, AuthenticationFailed |
 *
 * Rules every event here follows:
 * - The aggregate's id is in the data (`principalId`, `policyId`, `decisionId`), so consumers need no stream parsing.
 * - `timestamp` is the command's time in epoch milliseconds (from the command metadata, never a clock).
 * - Secrets never appear: a token is carried only as its SHA-256 hash (64 lower-case hex digits).
 * - `PolicyEvaluated` carries everything needed to re-run the evaluation (policy ids, versions and source hashes,
 *   the full input, `now` included), so "why is this model in production?" is answered from events alone.
 */

const timestamp = z.number().int().nonnegative();
const id = z.string().min(1).max(256);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash as 64 lower-case hex digits');

// ── identities ──────────────────────────────────────────────────────────────────────────────────────────────────

export const ROLES = ['viewer', 'data-scientist', 'ml-engineer', 'approver', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);

/** A role, optionally limited to models whose name matches a glob (`*` any run of characters, `?` one). */
export const RoleBindingSchema = z.object({
  role: RoleSchema,
  /** Model-name glob; absent: every model (and the operations that name no model). */
  scope: z.string().min(1).max(256).optional(),
});

export const PrincipalKindSchema = z.enum(['user', 'service']);

// ── policies ────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Where a policy applies: models whose name matches `modelPattern` (glob), promoted to / deployed as one of
 * `targets`. A target entry is `*` (anything), `deployment` (any deployment), `deployment:<glob>`, a stage
 * (`None`, `Staging`, `Production`, `Archived`, or `stage:<Stage>`), or an alias name glob (`champion`,
 * `alias:<glob>`). Bare stage names win over alias names; use `alias:Production` for an alias spelled so.
 */
export const PolicyScopeSchema = z.object({
  modelPattern: z.string().min(1).max(256),
  targets: z.array(z.string().min(1).max(256)).min(1),
});

/**
 * What failing the policy means. `deny-unless`: the expression must be true or the request is denied.
 * `require-approvals`: when the expression is false, `approvals` distinct approvers must approve.
 * An evaluation error is a deny whatever the effect.
 */
export const PolicyEffectSchema = z.enum(['deny-unless', 'require-approvals']);

/** A policy version as evaluated: enough to find the exact source again. */
export const PolicyRefSchema = z.object({
  policyId: id,
  version: z.number().int().positive(),
  hash: sha256,
});

// ── decisions ───────────────────────────────────────────────────────────────────────────────────────────────────

/** What a decision is about: promoting a model version to an alias / stage, or deploying it. */
export const DecisionTargetSchema = z.object({
  kind: z.enum(['alias', 'stage', 'deployment']),
  /** The alias name, the canonical stage name (`Production`), or the deployment name. */
  name: z.string().min(1).max(256),
});

export const DecisionSubjectSchema = z.object({
  model: z.string().min(1).max(256),
  version: z.number().int().positive(),
  target: DecisionTargetSchema,
  /** The registry's promotion request id, when the registry asked: its consumer completes that request. */
  requestId: z.string().min(1).optional(),
});

/** Metric values as JSON can hold them: numbers, or MLflow's non-finite values spelled out (as in registry.ts). */
const metricValue = z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])]);

export const DataQualityResultSchema = z.object({
  /** Did the dataset pass its quality suite as a whole. */
  passed: z.boolean(),
  /** Per check: passed, and the measured value where the check has one (null rate, row count, drift score, …). */
  checks: z.record(z.string(), z.object({ passed: z.boolean(), value: z.number().optional() })).default({}),
});

/**
 * The documented evaluation input (services/governance/src/domain/README.md "Policy input"), exactly as the
 * policies saw it. `now` is the command's time (ISO-8601, UTC); policies see it as a CEL timestamp.
 */
export const PolicyInputSchema = z.object({
  model: z.object({
    name: z.string().min(1),
    version: z.number().int().positive(),
    tags: z.record(z.string(), z.string()).default({}),
  }),
  metrics: z.record(z.string(), metricValue).default({}),
  lineage: z.object({
    run: z.string().min(1).optional(),
    datasets: z
      .array(
        z.object({
          name: z.string().min(1),
          digest: z.string(),
          source: z.string().default(''),
          /** MLflow's dataset context: training, validation, eval, … */
          context: z.string().optional(),
        }),
      )
      .default([]),
    codeVersion: z.string().min(1).optional(),
  }),
  /** Quality results per dataset name. */
  dataQuality: z.record(z.string(), DataQualityResultSchema).default({}),
  requester: z.object({
    id: z.string().min(1),
    /** The requester's roles that apply to this model (scoped roles already filtered). */
    roles: z.array(RoleSchema),
  }),
  target: DecisionTargetSchema,
  now: z.iso.datetime({ offset: true }),
});

export const PolicyResultSchema = z.enum(['pass', 'fail', 'error']);
export const DecisionOutcomeSchema = z.enum(['allow', 'deny', 'needs-approval']);

// ── access refusals ─────────────────────────────────────────────────────────────────────────────────────────────

const operation = z.string().min(1).max(128);

export const GovernanceEvents = {
  // ── principal-<principalId> ─────────────────────────────────────────────────────────────────────────────────
  PrincipalCreated: z.object({
    principalId: id,
    name: z.string().min(1).max(256),
    kind: PrincipalKindSchema,
    roles: z.array(RoleBindingSchema).default([]),
    timestamp,
  }),
  RoleGranted: z.object({ principalId: id, role: RoleSchema, scope: z.string().min(1).max(256).optional(), timestamp }),
  RoleRevoked: z.object({ principalId: id, role: RoleSchema, scope: z.string().min(1).max(256).optional(), timestamp }),
  /** A bearer token: only its SHA-256 hash is ever stored; the token itself was shown once to its owner. */
  TokenIssued: z.object({
    principalId: id,
    tokenId: id,
    hash: sha256,
    /** Epoch ms after which the token no longer authenticates; absent: it never expires. */
    expiresAt: timestamp.optional(),
    timestamp,
  }),
  TokenRevoked: z.object({ principalId: id, tokenId: id, reason: z.string().max(1000).optional(), timestamp }),

  // ── policy-<policyId> ───────────────────────────────────────────────────────────────────────────────────────
  PolicyVersionPublished: z.object({
    policyId: id,
    version: z.number().int().positive(),
    name: z.string().min(1).max(256),
    description: z.string().max(5000).default(''),
    /** The CEL expression; it compiled when published. */
    source: z.string().min(1).max(20000),
    /** SHA-256 of `source` (UTF-8). */
    hash: sha256,
    scope: PolicyScopeSchema,
    effect: PolicyEffectSchema,
    /** Distinct approvers needed when a `require-approvals` policy fails; absent for `deny-unless`. */
    approvals: z.number().int().positive().optional(),
    /** The reason shown when the policy fails. */
    message: z.string().min(1).max(1000),
    publishedBy: z.string().min(1),
    timestamp,
  }),
  /** The policy no longer applies from now on; earlier decisions keep naming the version they used. */
  PolicyRetired: z.object({
    policyId: id,
    version: z.number().int().positive(),
    reason: z.string().max(1000).optional(),
    retiredBy: z.string().min(1),
    timestamp,
  }),

  // ── decision-<decisionId> ───────────────────────────────────────────────────────────────────────────────────
  PolicyEvaluated: z.object({
    decisionId: id,
    subject: DecisionSubjectSchema,
    requester: z.string().min(1),
    /** Every policy whose scope matched, in policy id order, with what it said. */
    policies: z.array(
      PolicyRefSchema.extend({
        effect: PolicyEffectSchema,
        result: PolicyResultSchema,
        /** The policy's message when it failed, the evaluation error when it errored. */
        message: z.string().optional(),
      }),
    ),
    input: PolicyInputSchema,
    outcome: DecisionOutcomeSchema,
    /** deny: the failing / erroring policies' messages; needs-approval: the failing require-approvals ones. */
    reasons: z.array(z.string()),
    approvalsRequired: z.number().int().positive().optional(),
    timestamp,
  }),
  ApprovalRequested: z.object({
    decisionId: id,
    subject: DecisionSubjectSchema,
    requester: z.string().min(1),
    approvalsRequired: z.number().int().positive(),
    reasons: z.array(z.string()),
    timestamp,
  }),
  ApprovalGranted: z.object({
    decisionId: id,
    approver: z.string().min(1),
    /** Distinct approvals so far, this one included, and how many are needed. */
    approvals: z.number().int().positive(),
    approvalsRequired: z.number().int().positive(),
    comment: z.string().max(1000).optional(),
    timestamp,
  }),
  ApprovalRejected: z.object({
    decisionId: id,
    approver: z.string().min(1),
    reason: z.string().min(1).max(1000),
    timestamp,
  }),
  /** Approvals are complete: the registry completes the waiting promotion (CompletePromotion). */
  PromotionApproved: z.object({
    decisionId: id,
    subject: DecisionSubjectSchema,
    requester: z.string().min(1),
    approvedBy: z.array(z.string().min(1)).min(1),
    policies: z.array(PolicyRefSchema),
    timestamp,
  }),
  /** An approver rejected: the registry rejects the waiting promotion (RejectPromotion). */
  PromotionRejected: z.object({
    decisionId: id,
    subject: DecisionSubjectSchema,
    requester: z.string().min(1),
    rejectedBy: z.string().min(1),
    reasons: z.array(z.string()).min(1),
    policies: z.array(PolicyRefSchema),
    timestamp,
  }),

  // ── access-<yyyy-mm-dd> ─────────────────────────────────────────────────────────────────────────────────────
  /** An authenticated caller was refused an operation (403 / PERMISSION_DENIED). */
  AccessDenied: z.object({
    principalId: id,
    tokenId: id.optional(),
    operation,
    /** What the operation was on: a model name, a policy id, a principal id, … */
    resource: z.string().max(512).optional(),
    /** The error code the caller received (`GOVERNANCE.…`) and its message. */
    code: z.string().min(1),
    reason: z.string().min(1).max(1000),
    timestamp,
  }),
  /** A request without a usable token (401 / UNAUTHENTICATED): missing, unknown, expired or revoked. */
  AuthenticationFailed: z.object({
    /** Known when the token was found but refused (expired, revoked, principal without roles). */
    principalId: id.optional(),
    tokenId: id.optional(),
    operation,
    code: z.string().min(1),
    reason: z.string().min(1).max(1000),
    timestamp,
  }),
};
