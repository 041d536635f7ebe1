import { EventData, EventType } from '@cairn/contracts';

/**
 * The registry's state and events as the deciders see them. One aggregate per registered model, on stream
 * `model-<name>`: the model, its versions, its aliases and its promotion requests.
 */

export const modelStream = (name: string): string => `model-${name}`;

/** MLflow's stages in their canonical spelling and order (mlflow/entities/model_registry/model_version_stages.py). */
export const STAGES = ['None', 'Staging', 'Production', 'Archived'] as const;
export type ModelStage = (typeof STAGES)[number];

export type ModelVersionStatus = 'PENDING_REGISTRATION' | 'READY' | 'FAILED_REGISTRATION';

/**
 * Every registry event type (libs/contracts/src/events/registry.ts). Listed here because the contracts package
 * exports only the merged table; `model.unit.spec.ts` checks this list against the contracts, and `evolve`'s
 * exhaustive switch fails to compile until a type added here is handled.
 */
export const REGISTRY_EVENT_TYPES = [
  'RegisteredModelCreated',
  'RegisteredModelDescriptionUpdated',
  'RegisteredModelTagSet',
  'RegisteredModelTagDeleted',
  'RegisteredModelRenamed',
  'RegisteredModelRenamedFrom',
  'RegisteredModelDeleted',
  'ModelVersionRegistered',
  'ModelVersionReady',
  'ModelVersionRegistrationFailed',
  'ModelVersionDescriptionUpdated',
  'ModelVersionTagSet',
  'ModelVersionTagDeleted',
  'ModelVersionDeleted',
  'PromotionRequested',
  'PromotionAllowed',
  'PromotionDenied',
  'PromotionAwaitingApproval',
  'PromotionAbandoned',
  'AliasAssigned',
  'AliasDeleted',
  'StageTransitioned',
] as const satisfies readonly EventType[];

export type RegistryEventType = (typeof REGISTRY_EVENT_TYPES)[number];

/** A registry event as deciders return it: the caller adds the metadata (actor, correlation, trace) and appends it. */
export type RegistryEvent = { [T in RegistryEventType]: { type: T; data: EventData<T> } }[RegistryEventType];
export type RegistryEventOf<T extends RegistryEventType> = Extract<RegistryEvent, { type: T }>;

export type Tag = { key: string; value: string };
export type Lineage = EventData<'ModelVersionRegistered'>['lineage'];
export type PromotionTarget = EventData<'PromotionRequested'>['target'];
export type PolicyRef = NonNullable<EventData<'PromotionAllowed'>['policies']>[number];
export type RegisteredModelSnapshot = EventData<'RegisteredModelRenamedFrom'>['snapshot'];
export type ModelVersionSnapshot = RegisteredModelSnapshot['versions'][number];
export type PromotionSnapshot = RegisteredModelSnapshot['promotions'][number];

export interface ModelVersion {
  version: number;
  source: string;
  /** The resolved artifact location inside Cairn's store (absent: `source` is the location). */
  storageLocation?: string;
  runId?: string;
  modelId?: string;
  runLink?: string;
  description?: string;
  userId?: string;
  status: ModelVersionStatus;
  statusMessage?: string;
  stage: ModelStage;
  tags: ReadonlyMap<string, string>;
  lineage: Lineage;
  creationTimestamp: number;
  lastUpdatedTimestamp: number;
}

/**
 * A promotion request: `requested` (waiting for governance's decision) → `allowed` | `denied` |
 * `awaiting-approval` (→ `allowed` | `denied`), or `abandoned` from either waiting status.
 */
export type PromotionStatus = PromotionSnapshot['status'];

export interface Promotion {
  requestId: string;
  version: number;
  target: PromotionTarget;
  requestedBy: string;
  requestedAt: number;
  status: PromotionStatus;
  decisionId?: string;
  approvalsRequired?: number;
  reasons: readonly string[];
  decidedAt?: number;
}

export interface RegisteredModel {
  name: string;
  description?: string;
  creationTimestamp: number;
  lastUpdatedTimestamp: number;
  tags: ReadonlyMap<string, string>;
  /** alias → version */
  aliases: ReadonlyMap<string, number>;
  /** Live versions only; a deleted version is gone from here but its number stays allocated. */
  versions: ReadonlyMap<number, ModelVersion>;
  /** The highest version number ever allocated in this life: the next one is this + 1. */
  lastAllocatedVersion: number;
  /** requestId → promotion, in request order. */
  promotions: ReadonlyMap<string, Promotion>;
}

/**
 * A `model-<name>` stream's state. `empty`: no event yet. `live`: a registered model exists under this name.
 * `closed`: its last life ended (deleted, or renamed to `renamedTo`); the name is free for a new life.
 */
export type RegisteredModelState =
  | { kind: 'empty' }
  | { kind: 'live'; model: RegisteredModel }
  | { kind: 'closed'; name: string; closedBy: 'deleted' | 'renamed'; renamedTo?: string; closedAt: number };

export const initialState = (): RegisteredModelState => ({ kind: 'empty' });

/** The time and the caller, set by the adapter; deciders never read a clock. `requestId` names a new promotion. */
export interface CommandMetadata {
  now: Date;
  actor: string;
  requestId?: string;
}

const entries = (map: ReadonlyMap<string, string>): Tag[] => [...map].map(([key, value]) => ({ key, value }));
const tagMap = (tags: readonly Tag[]): ReadonlyMap<string, string> =>
  new Map(tags.map(({ key, value }) => [key, value]));

/** The whole model as carried by RegisteredModelRenamedFrom (versions in ascending order). */
export function snapshotOf(model: RegisteredModel): RegisteredModelSnapshot {
  return {
    description: model.description,
    creationTimestamp: model.creationTimestamp,
    lastUpdatedTimestamp: model.lastUpdatedTimestamp,
    tags: entries(model.tags),
    aliases: [...model.aliases].map(([alias, version]) => ({ alias, version })),
    lastAllocatedVersion: model.lastAllocatedVersion,
    versions: [...model.versions.values()]
      .sort((a, b) => a.version - b.version)
      .map((version) => ({ ...version, tags: entries(version.tags) })),
    promotions: [...model.promotions.values()].map((promotion) => ({ ...promotion, reasons: [...promotion.reasons] })),
  };
}

export function modelFromSnapshot(name: string, snapshot: RegisteredModelSnapshot): RegisteredModel {
  return {
    name,
    description: snapshot.description,
    creationTimestamp: snapshot.creationTimestamp,
    lastUpdatedTimestamp: snapshot.lastUpdatedTimestamp,
    tags: tagMap(snapshot.tags),
    aliases: new Map(snapshot.aliases.map(({ alias, version }) => [alias, version])),
    lastAllocatedVersion: snapshot.lastAllocatedVersion,
    versions: new Map(
      snapshot.versions.map((version) => [version.version, { ...version, tags: tagMap(version.tags) }]),
    ),
    promotions: new Map(snapshot.promotions.map((promotion) => [promotion.requestId, { ...promotion }])),
  };
}

export { tagMap };
