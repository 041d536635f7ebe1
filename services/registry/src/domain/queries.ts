import { aliasNotFound, modelNotFound, promotionNotFound, versionNotFound } from './errors';
import { ModelStage, ModelVersion, Promotion, RegisteredModel, RegisteredModelState, STAGES } from './model';
import { canonicalStage, validateAlias, validateModelName } from './validation';

/** Pure reads over a folded `model-<name>` stream, with MLflow's semantics and messages. */

/** The live model named `name`, or NotFound "Registered Model with name=<name> not found". */
export function requireModel(state: RegisteredModelState, name: string): RegisteredModel {
  validateModelName(name);
  if (state.kind !== 'live' || state.model.name !== name) throw modelNotFound(name);
  return state.model;
}

/** A live version, or NotFound "Model Version (name=<name>, version=<n>) not found" (deleted versions included). */
export function requireVersion(model: RegisteredModel, version: number): ModelVersion {
  const found = model.versions.get(version);
  if (!found) throw versionNotFound(model.name, version);
  return found;
}

export function getModelVersion(state: RegisteredModelState, name: string, version: number): ModelVersion {
  return requireVersion(requireModel(state, name), version);
}

/** The aliases pointing at `version`, in the order they were first assigned. */
export function aliasesOf(model: RegisteredModel, version: number): string[] {
  return [...model.aliases].filter(([, pointsAt]) => pointsAt === version).map(([alias]) => alias);
}

/**
 * MLflow's get_latest_versions: for each requested stage (case-insensitive; none or empty means every stage), the
 * highest-numbered live version in that stage, whatever its status. Results follow the stage order None, Staging,
 * Production, Archived; a stage without versions is left out.
 */
export function latestVersions(state: RegisteredModelState, name: string, stages?: readonly string[]): ModelVersion[] {
  const model = requireModel(state, name);
  const wanted = new Set<ModelStage>(stages && stages.length > 0 ? stages.map(canonicalStage) : STAGES);
  const latest = new Map<ModelStage, ModelVersion>();
  for (const version of model.versions.values()) {
    const current = latest.get(version.stage);
    if (wanted.has(version.stage) && (!current || current.version < version.version)) {
      latest.set(version.stage, version);
    }
  }
  return STAGES.flatMap((stage) => latest.get(stage) ?? []);
}

/** MLflow's get_model_version_by_alias; an unknown alias is "Registered model alias <alias> not found." (400, as MLflow). */
export function versionByAlias(state: RegisteredModelState, name: string, alias: string): ModelVersion {
  validateAlias(alias);
  const model = requireModel(state, name);
  const version = model.aliases.get(alias);
  if (version === undefined) throw aliasNotFound(name, alias);
  return requireVersion(model, version);
}

export function requirePromotion(model: RegisteredModel, requestId: string): Promotion {
  const promotion = model.promotions.get(requestId);
  if (!promotion) throw promotionNotFound(model.name, requestId);
  return promotion;
}

export const isWaiting = (promotion: Promotion): boolean =>
  promotion.status === 'requested' || promotion.status === 'awaiting-approval';

/** Requests still waiting for a decision or for approvals, oldest first. */
export function pendingPromotions(model: RegisteredModel): Promotion[] {
  return [...model.promotions.values()].filter(isWaiting);
}
