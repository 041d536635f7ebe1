import {
  CreateRegisteredModel,
  DeleteRegisteredModel,
  DeleteRegisteredModelTag,
  RegistryCommand,
  RenameRegisteredModel,
  SetRegisteredModelTag,
  UpdateRegisteredModel,
} from './commands';
import { modelAlreadyExists } from './errors';
import {
  CommandMetadata,
  initialState,
  ModelVersion,
  modelFromSnapshot,
  modelStream,
  Promotion,
  RegisteredModel,
  RegisteredModelState,
  RegistryEvent,
  RegistryEventOf,
  snapshotOf,
  tagMap,
} from './model';
import {
  createModelVersion,
  deleteModelVersion,
  deleteModelVersionTag,
  markFailed,
  markReady,
  setModelVersionTag,
  updateModelVersion,
} from './model-version';
import {
  abandonAll,
  abandonPromotion,
  completePromotion,
  deleteAlias,
  recordDecision,
  rejectPromotion,
  requestPromotion,
} from './promotion';
import { requireModel } from './queries';
import { validateDescription, validateModelName, validateTag, validateTagKey, validateTags } from './validation';

/**
 * The registered-model decider: `initialState()`, `evolve(state, event)`, `decide(command, state, metadata)`.
 * One aggregate per `model-<name>` stream holds the model, its versions, aliases and promotion requests.
 */

// ── decide ────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The events a command causes, or a typed error (InvalidArgument, NotFound, AlreadyExists, FailedPrecondition).
 * An empty list means "nothing to change" (an idempotent repeat, deleting what is not there): append nothing.
 */
export function decide(
  command: RegistryCommand,
  state: RegisteredModelState,
  metadata: CommandMetadata,
): RegistryEvent[] {
  const timestamp = metadata.now.getTime();
  switch (command.type) {
    case 'CreateRegisteredModel':
      return createRegisteredModel(command.data, state, timestamp);
    case 'UpdateRegisteredModel':
      return updateRegisteredModel(command.data, state, timestamp);
    case 'RenameRegisteredModel':
      return renameRegisteredModel(command.data, state, timestamp);
    case 'DeleteRegisteredModel':
      return deleteRegisteredModel(command.data, state, timestamp);
    case 'SetRegisteredModelTag':
      return setRegisteredModelTag(command.data, state, timestamp);
    case 'DeleteRegisteredModelTag':
      return deleteRegisteredModelTag(command.data, state, timestamp);
    case 'CreateModelVersion':
      return createModelVersion(command.data, state, timestamp);
    case 'MarkModelVersionReady':
      return markReady(command.data, state, timestamp);
    case 'MarkModelVersionFailed':
      return markFailed(command.data, state, timestamp);
    case 'UpdateModelVersion':
      return updateModelVersion(command.data, state, timestamp);
    case 'DeleteModelVersion':
      return deleteModelVersion(command.data, state, timestamp);
    case 'SetModelVersionTag':
      return setModelVersionTag(command.data, state, timestamp);
    case 'DeleteModelVersionTag':
      return deleteModelVersionTag(command.data, state, timestamp);
    case 'RequestPromotion':
      return requestPromotion(command.data, state, metadata);
    case 'RecordPromotionDecision':
      return recordDecision(command.data, state, timestamp);
    case 'CompletePromotion':
      return completePromotion(command.data, state, timestamp);
    case 'RejectPromotion':
      return rejectPromotion(command.data, state, timestamp);
    case 'AbandonPromotion':
      return abandonPromotion(command.data, state, timestamp);
    case 'DeleteAlias':
      return deleteAlias(command.data, state, timestamp);
    default:
      return assertNever(command);
  }
}

/** A name is taken only by a live model: an empty, deleted or renamed-away stream starts a new life. */
function createRegisteredModel(
  data: CreateRegisteredModel['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const name = validateModelName(data.name);
  const tags = validateTags(data.tags);
  const description = validateDescription(data.description);
  if (state.kind === 'live') throw modelAlreadyExists(name);
  return [{ type: 'RegisteredModelCreated', data: { name, description, tags, timestamp } }];
}

function updateRegisteredModel(
  data: UpdateRegisteredModel['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const description = validateDescription(data.description) ?? '';
  const model = requireModel(state, data.name);
  return [{ type: 'RegisteredModelDescriptionUpdated', data: { name: model.name, description, timestamp } }];
}

/** The old stream's side of a rename; renaming to the same name changes nothing. */
function renameRegisteredModel(
  data: RenameRegisteredModel['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const newName = validateModelName(data.newName, 'new_name');
  const model = requireModel(state, data.name);
  if (newName === model.name) return [];
  return [{ type: 'RegisteredModelRenamed', data: { name: model.name, newName, timestamp } }];
}

/** Waiting promotions are abandoned and aliases deleted (each its own event) before the model goes. */
function deleteRegisteredModel(
  data: DeleteRegisteredModel['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const model = requireModel(state, data.name);
  return [
    ...abandonAll(model, `Registered Model (name=${model.name}) was deleted`, timestamp),
    ...[...model.aliases].map(([alias, version]): RegistryEvent => ({
      type: 'AliasDeleted',
      data: { name: model.name, alias, version, timestamp },
    })),
    { type: 'RegisteredModelDeleted', data: { name: model.name, timestamp } },
  ];
}

function setRegisteredModelTag(
  data: SetRegisteredModelTag['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const { key, value } = validateTag(data);
  const model = requireModel(state, data.name);
  return [{ type: 'RegisteredModelTagSet', data: { name: model.name, key, value, timestamp } }];
}

/** Deleting a tag that is not there is a no-op (MLflow answers success). */
function deleteRegisteredModelTag(
  data: DeleteRegisteredModelTag['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const key = validateTagKey(data.key);
  const model = requireModel(state, data.name);
  if (!model.tags.has(key)) return [];
  return [{ type: 'RegisteredModelTagDeleted', data: { name: model.name, key, timestamp } }];
}

// ── rename: closing the books ─────────────────────────────────────────────────────────────────────────────────

/**
 * The new stream's first event for a decided `RegisteredModelRenamed`: the old model's whole state (as MLflow
 * shows it after the rename: last-updated times of the model and its versions set to the rename's time) under
 * the new name. `newState` is the new name's stream; a live model there means the name is taken.
 */
export function renamedFrom(
  oldState: RegisteredModelState,
  renamed: RegistryEventOf<'RegisteredModelRenamed'>,
  newState: RegisteredModelState,
): RegistryEventOf<'RegisteredModelRenamedFrom'> {
  const { name, newName, timestamp } = renamed.data;
  if (newState.kind === 'live') throw modelAlreadyExists(newName);
  const model = requireModel(oldState, name);
  const versions = new Map(
    [...model.versions].map(([n, v]): [number, ModelVersion] => [n, { ...v, lastUpdatedTimestamp: timestamp }]),
  );
  const snapshot = snapshotOf({ ...model, lastUpdatedTimestamp: timestamp, versions });
  return { type: 'RegisteredModelRenamedFrom', data: { name: newName, previousName: name, snapshot, timestamp } };
}

export interface RenameDecision {
  /** Append to `model-<old name>` (expected version: the one `oldState` was read at). */
  old: { stream: string; events: RegistryEvent[] };
  /** Append to `model-<new name>` (expected version: the one `newState` was read at, or no stream), same transaction. */
  new: { stream: string; events: RegistryEvent[] };
}

/** Both sides of a rename from both streams' states; empty event lists when the name does not change. */
export function decideRename(
  command: RenameRegisteredModel,
  oldState: RegisteredModelState,
  newState: RegisteredModelState,
  metadata: CommandMetadata,
): RenameDecision {
  const oldEvents = decide(command, oldState, metadata);
  const renamed = oldEvents.find(
    (event): event is RegistryEventOf<'RegisteredModelRenamed'> => event.type === 'RegisteredModelRenamed',
  );
  return {
    old: { stream: modelStream(command.data.name), events: oldEvents },
    new: {
      stream: modelStream(command.data.newName),
      events: renamed ? [renamedFrom(oldState, renamed, newState)] : [],
    },
  };
}

// ── evolve ────────────────────────────────────────────────────────────────────────────────────────────────────

function assertNever(value: never): never {
  throw new Error(`unhandled: ${JSON.stringify(value)}`);
}

const withEntry = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> => new Map(map).set(key, value);
const without = <K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> => {
  const next = new Map(map);
  next.delete(key);
  return next;
};

/** Applies `change` to a live model; facts about a model arrive only while it lives, anything else is left as is. */
function onModel(
  state: RegisteredModelState,
  change: (model: RegisteredModel) => RegisteredModel,
): RegisteredModelState {
  return state.kind === 'live' ? { kind: 'live', model: change(state.model) } : state;
}

function onVersion(
  model: RegisteredModel,
  version: number,
  change: (version: ModelVersion) => ModelVersion,
): RegisteredModel {
  const found = model.versions.get(version);
  return found ? { ...model, versions: withEntry(model.versions, version, change(found)) } : model;
}

function onPromotion(
  model: RegisteredModel,
  requestId: string,
  change: (promotion: Promotion) => Promotion,
): RegisteredModel {
  const found = model.promotions.get(requestId);
  return found ? { ...model, promotions: withEntry(model.promotions, requestId, change(found)) } : model;
}

/**
 * Folds one event into the state. Which events bump `lastUpdatedTimestamp` follows MLflow's SQL store: model
 * description, rename, version registration, stage transition and version deletion bump the model; version
 * description, status and stage changes bump the version; tags, aliases and promotion bookkeeping bump nothing.
 */
export function evolve(state: RegisteredModelState, event: RegistryEvent): RegisteredModelState {
  switch (event.type) {
    case 'RegisteredModelCreated': {
      const { name, description, tags, timestamp = 0 } = event.data;
      return {
        kind: 'live',
        model: {
          name,
          description,
          creationTimestamp: timestamp,
          lastUpdatedTimestamp: timestamp,
          tags: tagMap(tags),
          aliases: new Map(),
          versions: new Map(),
          lastAllocatedVersion: 0,
          promotions: new Map(),
        },
      };
    }
    case 'RegisteredModelRenamedFrom':
      return { kind: 'live', model: modelFromSnapshot(event.data.name, event.data.snapshot) };
    case 'RegisteredModelRenamed':
      return {
        kind: 'closed',
        name: event.data.name,
        closedBy: 'renamed',
        renamedTo: event.data.newName,
        closedAt: event.data.timestamp,
      };
    case 'RegisteredModelDeleted':
      return { kind: 'closed', name: event.data.name, closedBy: 'deleted', closedAt: event.data.timestamp };
    case 'RegisteredModelDescriptionUpdated': {
      const { description, timestamp } = event.data;
      return onModel(state, (model) => ({ ...model, description, lastUpdatedTimestamp: timestamp }));
    }
    case 'RegisteredModelTagSet': {
      const { key, value } = event.data;
      return onModel(state, (model) => ({ ...model, tags: withEntry(model.tags, key, value) }));
    }
    case 'RegisteredModelTagDeleted':
      return onModel(state, (model) => ({ ...model, tags: without(model.tags, event.data.key) }));

    case 'ModelVersionRegistered': {
      const { name: _name, tags, timestamp, ...fields } = event.data;
      const version: ModelVersion = {
        ...fields,
        status: 'PENDING_REGISTRATION',
        stage: 'None',
        tags: tagMap(tags),
        creationTimestamp: timestamp,
        lastUpdatedTimestamp: timestamp,
      };
      return onModel(state, (model) => ({
        ...model,
        versions: withEntry(model.versions, version.version, version),
        lastAllocatedVersion: Math.max(model.lastAllocatedVersion, version.version),
        lastUpdatedTimestamp: timestamp,
      }));
    }
    case 'ModelVersionReady': {
      const { version, statusMessage, timestamp } = event.data;
      return onModel(state, (model) =>
        onVersion(model, version, (v) => ({ ...v, status: 'READY', statusMessage, lastUpdatedTimestamp: timestamp })),
      );
    }
    case 'ModelVersionRegistrationFailed': {
      const { version, statusMessage, timestamp } = event.data;
      return onModel(state, (model) =>
        onVersion(model, version, (v) => ({
          ...v,
          status: 'FAILED_REGISTRATION',
          statusMessage,
          lastUpdatedTimestamp: timestamp,
        })),
      );
    }
    case 'ModelVersionDescriptionUpdated': {
      const { version, description, timestamp } = event.data;
      return onModel(state, (model) =>
        onVersion(model, version, (v) => ({ ...v, description, lastUpdatedTimestamp: timestamp })),
      );
    }
    case 'ModelVersionTagSet': {
      const { version, key, value } = event.data;
      return onModel(state, (model) =>
        onVersion(model, version, (v) => ({ ...v, tags: withEntry(v.tags, key, value) })),
      );
    }
    case 'ModelVersionTagDeleted': {
      const { version, key } = event.data;
      return onModel(state, (model) => onVersion(model, version, (v) => ({ ...v, tags: without(v.tags, key) })));
    }
    case 'ModelVersionDeleted': {
      const { version, timestamp } = event.data;
      return onModel(state, (model) => ({
        ...model,
        versions: without(model.versions, version),
        aliases: new Map([...model.aliases].filter(([, pointsAt]) => pointsAt !== version)),
        lastUpdatedTimestamp: timestamp,
      }));
    }

    case 'PromotionRequested': {
      const { requestId, version, target, requestedBy, timestamp } = event.data;
      const promotion: Promotion = {
        requestId,
        version,
        target,
        requestedBy,
        requestedAt: timestamp,
        status: 'requested',
        reasons: [],
      };
      return onModel(state, (model) => ({ ...model, promotions: withEntry(model.promotions, requestId, promotion) }));
    }
    case 'PromotionAllowed': {
      const { requestId, decisionId, reasons, timestamp } = event.data;
      return onModel(state, (model) =>
        onPromotion(model, requestId, (p) => ({
          ...p,
          status: 'allowed',
          decisionId: decisionId ?? p.decisionId,
          reasons,
          decidedAt: timestamp,
        })),
      );
    }
    case 'PromotionDenied': {
      const { requestId, decisionId, reasons, timestamp } = event.data;
      return onModel(state, (model) =>
        onPromotion(model, requestId, (p) => ({
          ...p,
          status: 'denied',
          decisionId: decisionId ?? p.decisionId,
          reasons,
          decidedAt: timestamp,
        })),
      );
    }
    case 'PromotionAwaitingApproval': {
      const { requestId, decisionId, approvalsRequired, reasons, timestamp } = event.data;
      return onModel(state, (model) =>
        onPromotion(model, requestId, (p) => ({
          ...p,
          status: 'awaiting-approval',
          decisionId,
          approvalsRequired,
          reasons,
          decidedAt: timestamp,
        })),
      );
    }
    case 'PromotionAbandoned': {
      const { requestId, reason, timestamp } = event.data;
      return onModel(state, (model) =>
        onPromotion(model, requestId, (p) => ({ ...p, status: 'abandoned', reasons: [reason], decidedAt: timestamp })),
      );
    }

    case 'AliasAssigned': {
      const { alias, version } = event.data;
      return onModel(state, (model) => ({ ...model, aliases: withEntry(model.aliases, alias, version) }));
    }
    case 'AliasDeleted':
      return onModel(state, (model) => ({ ...model, aliases: without(model.aliases, event.data.alias) }));
    case 'StageTransitioned': {
      const { version, to, timestamp } = event.data;
      return onModel(state, (model) => ({
        ...onVersion(model, version, (v) => ({ ...v, stage: to, lastUpdatedTimestamp: timestamp })),
        lastUpdatedTimestamp: timestamp,
      }));
    }
    default:
      return assertNever(event);
  }
}

/** Folds a stream's events (in order) from `state`, the start by default. */
export const evolveAll = (
  events: readonly RegistryEvent[],
  state: RegisteredModelState = initialState(),
): RegisteredModelState => events.reduce(evolve, state);

/** The decider in emmett's shape, for code that wants one value (decide takes the metadata as a third argument). */
export const registeredModelDecider = { decide, evolve, initialState } as const;
