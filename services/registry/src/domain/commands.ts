import { Lineage, PolicyRef, Tag } from './model';

/**
 * What callers ask of a registered model's aggregate. Every command names the model (`data.name`): the caller
 * reads stream `model-<name>`, folds it with `evolve`, and passes the state to `decide` with the command.
 * Strings arrive as the client sent them; the deciders validate and canonicalise (stage case, tag duplicates).
 */
type Command<TType extends string, TData> = { type: TType; data: TData };

/** Lineage as the adapter gathered it from tracking; absent lists are empty, metric values may be NaN / ±Infinity. */
export type LineageInput = Partial<Omit<Lineage, 'metrics'>> & {
  metrics?: {
    key: string;
    value: number | 'NaN' | 'Infinity' | '-Infinity';
    step: number;
    timestamp: number;
    datasetName?: string;
    datasetDigest?: string;
  }[];
};

// ── registered model ──────────────────────────────────────────────────────────────────────────────────────────
export type CreateRegisteredModel = Command<
  'CreateRegisteredModel',
  { name: string; description?: string; tags?: Tag[] }
>;
/** MLflow's update: the description is replaced (absent → ''). */
export type UpdateRegisteredModel = Command<'UpdateRegisteredModel', { name: string; description?: string }>;
/** Decides the old stream's side; see `decideRename` for both streams at once. */
export type RenameRegisteredModel = Command<'RenameRegisteredModel', { name: string; newName: string }>;
export type DeleteRegisteredModel = Command<'DeleteRegisteredModel', { name: string }>;
export type SetRegisteredModelTag = Command<'SetRegisteredModelTag', { name: string; key: string; value: string }>;
export type DeleteRegisteredModelTag = Command<'DeleteRegisteredModelTag', { name: string; key: string }>;

// ── model versions ────────────────────────────────────────────────────────────────────────────────────────────
export type CreateModelVersion = Command<
  'CreateModelVersion',
  {
    name: string;
    source: string;
    /** The artifact location the adapter resolved `source` to (it validates sources; the decider only records). */
    storageLocation?: string;
    runId?: string;
    modelId?: string;
    runLink?: string;
    description?: string;
    tags?: Tag[];
    userId?: string;
    lineage?: LineageInput;
  }
>;
export type MarkModelVersionReady = Command<
  'MarkModelVersionReady',
  { name: string; version: number; statusMessage?: string }
>;
export type MarkModelVersionFailed = Command<
  'MarkModelVersionFailed',
  { name: string; version: number; statusMessage: string }
>;
/** MLflow's update: the description is replaced (absent → ''). */
export type UpdateModelVersion = Command<'UpdateModelVersion', { name: string; version: number; description?: string }>;
export type DeleteModelVersion = Command<'DeleteModelVersion', { name: string; version: number }>;
export type SetModelVersionTag = Command<
  'SetModelVersionTag',
  { name: string; version: number; key: string; value: string }
>;
export type DeleteModelVersionTag = Command<'DeleteModelVersionTag', { name: string; version: number; key: string }>;

// ── promotions ────────────────────────────────────────────────────────────────────────────────────────────────
/** A target as the client names it: any stage spelling MLflow accepts; archive-existing defaults to false. */
export type PromotionTargetInput =
  { kind: 'alias'; alias: string } | { kind: 'stage'; stage: string; archiveExistingVersions?: boolean };

/** set_registered_model_alias / transition_model_version_stage. The request id comes in `metadata.requestId`. */
export type RequestPromotion = Command<
  'RequestPromotion',
  { name: string; version: number; target: PromotionTargetInput }
>;
/** Governance's answer to a request still waiting for one. */
export type RecordPromotionDecision = Command<
  'RecordPromotionDecision',
  {
    name: string;
    requestId: string;
    outcome: 'allow' | 'deny' | 'needs-approval';
    reasons?: string[];
    decisionId?: string;
    policies?: PolicyRef[];
    /** For needs-approval; 1 when absent. */
    approvalsRequired?: number;
  }
>;
/** The approvals a request awaited arrived (cairn.governance.events): allow it and make the change. */
export type CompletePromotion = Command<
  'CompletePromotion',
  { name: string; requestId: string; approvedBy?: string[]; decisionId?: string }
>;
/** An approver rejected a request that awaited approval. */
export type RejectPromotion = Command<
  'RejectPromotion',
  { name: string; requestId: string; reasons: string[]; rejectedBy?: string }
>;
/** A waiting request ends without a decision (e.g. governance unavailable, the caller gave up). */
export type AbandonPromotion = Command<'AbandonPromotion', { name: string; requestId: string; reason: string }>;
/** delete_registered_model_alias: not governed (removing a pointer never promotes anything). */
export type DeleteAlias = Command<'DeleteAlias', { name: string; alias: string }>;

export type RegistryCommand =
  | CreateRegisteredModel
  | UpdateRegisteredModel
  | RenameRegisteredModel
  | DeleteRegisteredModel
  | SetRegisteredModelTag
  | DeleteRegisteredModelTag
  | CreateModelVersion
  | MarkModelVersionReady
  | MarkModelVersionFailed
  | UpdateModelVersion
  | DeleteModelVersion
  | SetModelVersionTag
  | DeleteModelVersionTag
  | RequestPromotion
  | RecordPromotionDecision
  | CompletePromotion
  | RejectPromotion
  | AbandonPromotion
  | DeleteAlias;

export type RegistryCommandType = RegistryCommand['type'];
