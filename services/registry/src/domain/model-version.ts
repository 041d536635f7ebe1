import { failedPrecondition, invalid, REGISTRY_ERRORS } from './errors';
import {
  CreateModelVersion,
  DeleteModelVersion,
  DeleteModelVersionTag,
  LineageInput,
  MarkModelVersionFailed,
  MarkModelVersionReady,
  SetModelVersionTag,
  UpdateModelVersion,
} from './commands';
import { Lineage, ModelVersion, RegisteredModel, RegisteredModelState, RegistryEvent } from './model';
import { abandonAll } from './promotion';
import { aliasesOf, requireModel, requireVersion } from './queries';
import {
  validateDescription,
  validateSource,
  validateStatusMessage,
  validateTagKey,
  validateTag,
  validateTags,
} from './validation';

/**
 * Version rules. Versions live inside their model's stream, so the model's decider allocates their numbers:
 * the next version is the highest number ever allocated in this life + 1, never reused after a delete.
 * Each function validates its input first, then finds the model (MLflow's order, so errors match), and returns
 * the events.
 */

export const nextVersion = (model: RegisteredModel): number => model.lastAllocatedVersion + 1;

/** JSON cannot hold NaN or ±Infinity: they travel spelled out, as MLflow's REST does. */
function metricValue(value: number | 'NaN' | 'Infinity' | '-Infinity'): number | 'NaN' | 'Infinity' | '-Infinity' {
  if (typeof value !== 'number' || Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

/** Fills the lists, takes runId / modelId from the command when the lineage does not name them. */
export function normaliseLineage(input: LineageInput | undefined, runId?: string, modelId?: string): Lineage {
  const lineage: Lineage = {
    ...input,
    datasets: input?.datasets ?? [],
    codeVersion: input?.codeVersion ?? {},
    metrics: (input?.metrics ?? []).map((metric) => ({ ...metric, value: metricValue(metric.value) })),
  };
  if (lineage.runId === undefined && runId) lineage.runId = runId;
  if (lineage.modelId === undefined && modelId) lineage.modelId = modelId;
  return lineage;
}

export function createModelVersion(
  data: CreateModelVersion['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const source = validateSource(data.source);
  const tags = validateTags(data.tags);
  const description = validateDescription(data.description);
  const model = requireModel(state, data.name);
  return [
    {
      type: 'ModelVersionRegistered',
      data: {
        name: model.name,
        version: nextVersion(model),
        source,
        storageLocation: data.storageLocation || undefined,
        runId: data.runId || undefined,
        modelId: data.modelId || undefined,
        runLink: data.runLink || undefined,
        description,
        tags,
        userId: data.userId || undefined,
        lineage: normaliseLineage(data.lineage, data.runId || undefined, data.modelId || undefined),
        timestamp,
      },
    },
  ];
}

const settled = (model: RegisteredModel, version: ModelVersion, wanted: string) =>
  failedPrecondition(
    REGISTRY_ERRORS.versionStatusSettled,
    `Model Version (name=${model.name}, version=${version.version}) is ${version.status} and cannot become ${wanted}.`,
    { name: model.name, version: version.version, status: version.status },
  );

/** PENDING_REGISTRATION → READY; READY again is a no-op; a failed registration stays failed. */
export function markReady(
  data: MarkModelVersionReady['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const statusMessage = validateStatusMessage(data.statusMessage);
  const model = requireModel(state, data.name);
  const version = requireVersion(model, data.version);
  if (version.status === 'READY') return [];
  if (version.status === 'FAILED_REGISTRATION') throw settled(model, version, 'READY');
  return [
    { type: 'ModelVersionReady', data: { name: model.name, version: version.version, statusMessage, timestamp } },
  ];
}

/** PENDING_REGISTRATION → FAILED_REGISTRATION; failing again is a no-op; a READY version stays READY. */
export function markFailed(
  data: MarkModelVersionFailed['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const statusMessage = validateStatusMessage(data.statusMessage);
  if (!statusMessage) {
    invalid(REGISTRY_ERRORS.missingParameter, "Missing value for required parameter 'status_message'.");
  }
  const model = requireModel(state, data.name);
  const version = requireVersion(model, data.version);
  if (version.status === 'FAILED_REGISTRATION') return [];
  if (version.status === 'READY') throw settled(model, version, 'FAILED_REGISTRATION');
  return [
    {
      type: 'ModelVersionRegistrationFailed',
      data: { name: model.name, version: version.version, statusMessage, timestamp },
    },
  ];
}

export function updateModelVersion(
  data: UpdateModelVersion['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const description = validateDescription(data.description) ?? '';
  const model = requireModel(state, data.name);
  const version = requireVersion(model, data.version);
  return [
    {
      type: 'ModelVersionDescriptionUpdated',
      data: { name: model.name, version: version.version, description, timestamp },
    },
  ];
}

/**
 * The version's waiting promotions are abandoned and its aliases deleted (each its own event, before the
 * deletion, so alias consumers need not know versions); its number stays allocated.
 */
export function deleteModelVersion(
  data: DeleteModelVersion['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const model = requireModel(state, data.name);
  const { version } = requireVersion(model, data.version);
  return [
    ...abandonAll(model, `Model Version (name=${model.name}, version=${version}) was deleted`, timestamp, version),
    ...aliasesOf(model, version).map((alias): RegistryEvent => ({
      type: 'AliasDeleted',
      data: { name: model.name, alias, version, timestamp },
    })),
    { type: 'ModelVersionDeleted', data: { name: model.name, version, timestamp } },
  ];
}

export function setModelVersionTag(
  data: SetModelVersionTag['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const { key, value } = validateTag(data);
  const model = requireModel(state, data.name);
  const { version } = requireVersion(model, data.version);
  return [{ type: 'ModelVersionTagSet', data: { name: model.name, version, key, value, timestamp } }];
}

/** Deleting a tag that is not there is a no-op (MLflow answers success). */
export function deleteModelVersionTag(
  data: DeleteModelVersionTag['data'],
  state: RegisteredModelState,
  timestamp: number,
): RegistryEvent[] {
  const key = validateTagKey(data.key);
  const model = requireModel(state, data.name);
  const found = requireVersion(model, data.version);
  if (!found.tags.has(key)) return [];
  return [{ type: 'ModelVersionTagDeleted', data: { name: model.name, version: found.version, key, timestamp } }];
}
