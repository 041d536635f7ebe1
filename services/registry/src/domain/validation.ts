import { invalid, REGISTRY_ERRORS, RegistryErrorCode } from './errors';
import { LIMITS } from './limits';
import { ModelStage, STAGES } from './model';

/**
 * Input rules with MLflow's messages (mlflow/utils/validation.py, model_version_stages.py). Pure: each function
 * returns (a normalised value where there is one) or throws InvalidArgument (→ 400 INVALID_PARAMETER_VALUE).
 * The deciders call them; adapters may call them earlier (e.g. `parseVersion` on a REST string).
 */

const missing = (parameter: string): never =>
  invalid(REGISTRY_ERRORS.missingParameter, `Missing value for required parameter '${parameter}'.`, { parameter });

const tooLong = (code: RegistryErrorCode, parameter: string, limit: number): never =>
  invalid(code, `'${parameter}' exceeds the maximum length of ${limit} characters`, { parameter, limit });

const invalidValue = (code: RegistryErrorCode, parameter: string, value: unknown, why: string): never =>
  invalid(code, `Invalid value ${JSON.stringify(value)} for parameter '${parameter}' supplied: ${why}`, { parameter });

/** A registered model's name: non-empty (MLflow) and within MLflow's column size. `parameter` is 'name' or 'new_name'. */
export function validateModelName(name: string | undefined | null, parameter: 'name' | 'new_name' = 'name'): string {
  if (name === undefined || name === null || name === '') return missing(parameter);
  if (name.length > LIMITS.maxModelNameLength) {
    return tooLong(REGISTRY_ERRORS.invalidModelName, parameter, LIMITS.maxModelNameLength);
  }
  return name;
}

/** Versions arrive as strings over REST (int64 as string) and numbers elsewhere; MLflow's `int(version)` rule. */
export function parseVersion(raw: string | number | undefined | null, parameter = 'version'): number {
  if (raw === undefined || raw === null || raw === '') return missing(parameter);
  const text = String(raw).trim();
  const value = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value)) {
    return invalid(
      REGISTRY_ERRORS.invalidVersion,
      `Parameter '${parameter}' must be an integer, got '${String(raw)}'.`,
      {
        parameter,
      },
    );
  }
  return value;
}

const TAG_KEY = /^[/\p{L}\p{N}_.\- :]*$/u;
const BAD_TAG_CHARACTERS =
  'Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colon(:) and slashes (/).';

/** Python's posixpath.normpath, which MLflow uses to refuse keys that would resolve to another path. */
export function normpath(path: string): string {
  if (path === '') return '.';
  const leading = path.startsWith('//') && !path.startsWith('///') ? 2 : path.startsWith('/') ? 1 : 0;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..' || (leading === 0 && parts.length === 0) || parts[parts.length - 1] === '..') parts.push(part);
    else if (parts.length > 0) parts.pop();
  }
  return '/'.repeat(leading) + parts.join('/') || '.';
}

function pathNotUnique(name: string): boolean {
  const norm = normpath(name);
  return norm !== name || norm === '.' || norm.startsWith('..') || norm.startsWith('/');
}

/** A tag key, on set and on delete (MLflow's `_validate_tag_name` plus the registry's key length). */
export function validateTagKey(key: string | undefined | null): string {
  if (key === undefined || key === null) return missing('key');
  if (!TAG_KEY.test(key)) return invalidValue(REGISTRY_ERRORS.invalidTag, 'key', key, BAD_TAG_CHARACTERS);
  if (pathNotUnique(key)) {
    return invalidValue(
      REGISTRY_ERRORS.invalidTag,
      'key',
      key,
      `Names may be treated as files in certain cases, and must not resolve to other names when treated as such. This name would resolve to '${normpath(key)}'`,
    );
  }
  if (key.length > LIMITS.maxTagKeyLength) return tooLong(REGISTRY_ERRORS.invalidTag, 'key', LIMITS.maxTagKeyLength);
  return key;
}

/** A registered-model or model-version tag (MLflow's `_validate_registered_model_tag` / `_validate_model_version_tag`). */
export function validateTag(tag: { key: string; value: string }): { key: string; value: string } {
  const key = validateTagKey(tag.key);
  if (tag.value === undefined || tag.value === null) {
    return invalid(REGISTRY_ERRORS.invalidTag, 'Tag value cannot be None', { key });
  }
  if (tag.value.length > LIMITS.maxTagValueLength) {
    return tooLong(REGISTRY_ERRORS.invalidTag, 'value', LIMITS.maxTagValueLength);
  }
  return { key, value: tag.value };
}

/** Validates each tag; a key given twice keeps its last value, as MLflow's create calls do. */
export function validateTags(
  tags: readonly { key: string; value: string }[] | undefined,
): { key: string; value: string }[] {
  const byKey = new Map<string, string>();
  for (const tag of tags ?? []) {
    const { key, value } = validateTag(tag);
    byKey.delete(key);
    byKey.set(key, value);
  }
  return [...byKey].map(([key, value]) => ({ key, value }));
}

export function validateDescription(description: string | undefined | null): string | undefined {
  if (description === undefined || description === null) return undefined;
  if (description.length > LIMITS.maxDescriptionLength) {
    return tooLong(REGISTRY_ERRORS.invalidDescription, 'description', LIMITS.maxDescriptionLength);
  }
  return description;
}

export function validateSource(source: string | undefined | null): string {
  if (source === undefined || source === null || source === '') return missing('source');
  return source;
}

export function validateStatusMessage(message: string | undefined | null): string | undefined {
  if (message === undefined || message === null) return undefined;
  if (message.length > LIMITS.maxStatusMessageLength) {
    return tooLong(REGISTRY_ERRORS.invalidStatusMessage, 'status_message', LIMITS.maxStatusMessageLength);
  }
  return message;
}

const ALIAS = /^[\p{L}\p{N}_-]*$/u;
const VERSION_ALIAS = /^[vV]\p{Nd}+$/u;

/** MLflow's alias rules: `\w` and dashes, at most 255 characters, not 'latest' (any case), not 'v<digits>'. */
export function validateAlias(alias: string | undefined | null): string {
  if (alias === undefined || alias === null || alias === '') {
    return invalid(REGISTRY_ERRORS.invalidAlias, 'Registered model alias name cannot be empty.');
  }
  if (!ALIAS.test(alias)) {
    return invalid(
      REGISTRY_ERRORS.invalidAlias,
      `Invalid alias name: '${alias}'. Names may only contain alphanumerics, underscores (_), and dashes (-).`,
      { alias },
    );
  }
  if (alias.length > LIMITS.maxAliasLength) {
    return tooLong(REGISTRY_ERRORS.invalidAlias, 'Registered model alias name', LIMITS.maxAliasLength);
  }
  if (alias.toLowerCase() === 'latest') {
    return invalid(REGISTRY_ERRORS.invalidAlias, "'latest' alias name (case insensitive) is reserved.", { alias });
  }
  if (VERSION_ALIAS.test(alias)) {
    return invalid(REGISTRY_ERRORS.invalidAlias, `Version alias name '${alias}' is reserved.`, { alias });
  }
  return alias;
}

/** MLflow's `get_canonical_stage`: case-insensitive, returned in canonical spelling ('production' → 'Production'). */
export function canonicalStage(stage: string): ModelStage {
  const found = STAGES.find((candidate) => candidate.toLowerCase() === String(stage).toLowerCase());
  if (!found) return invalid(REGISTRY_ERRORS.invalidStage, `Invalid Model Version stage ${stage}.`, { stage });
  return found;
}

/** The stages archive-existing may be used with (MLflow's DEFAULT_STAGES_FOR_GET_LATEST_VERSIONS). */
export const ACTIVE_STAGES: readonly ModelStage[] = ['Staging', 'Production'];

export function validateArchiveExisting(stage: ModelStage, archiveExistingVersions: boolean): void {
  if (archiveExistingVersions && !ACTIVE_STAGES.includes(stage)) {
    invalid(
      REGISTRY_ERRORS.invalidArchiveExisting,
      `Model version transition cannot archive existing model versions because '${stage}' is not an Active stage. Valid stages are [${ACTIVE_STAGES.map((s) => `'${s}'`).join(', ')}]`,
      { stage },
    );
  }
}
