import { InvalidArgument } from '@cairn/contracts';
import { z } from 'zod';
import { ModelVersionView, RegisteredModelView } from '../application/views';
import { Tag } from '../domain';

/**
 * MLflow's proto-JSON for the registry (mlflow/protos/model_registry.proto): snake_case fields; int64 accepted as
 * numbers or strings and sent as numbers; versions sent as strings; fields MLflow leaves unset are omitted.
 */
export const str = z.string();
export const int64 = z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)]);
/** A version as clients send it: proto says string, some send a number. */
export const versionField = z.union([z.string(), z.number().int().transform(String)]);
export const bool = z.union([z.boolean(), z.enum(['true', 'false', 'True', 'False']).transform((v) => v.toLowerCase() === 'true')]);
export const tagList = z.array(z.object({ key: str.optional(), value: str.optional() })).optional();
/** A GET parameter given once (string) or repeatedly (array). */
export const stringList = z
  .union([z.array(str), str])
  .optional()
  .transform((value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]));

/** Proto3-style JSON reads `null` as "absent"; so does MLflow's server. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, dropNulls(v)]));
}

/** Parses a request; a wrong shape is INVALID_PARAMETER_VALUE naming the field, never a 500. */
export function parseRequest<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const input = dropNulls(raw ?? {});
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.') || 'request';
  const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], input);
  throw new InvalidArgument('REGISTRY.INVALID_REQUEST', `Invalid value ${JSON.stringify(value)} for parameter '${field}' supplied: ${issue.message}`, { field });
}

export const toTags = (tags: Array<{ key?: string; value?: string }> | undefined): Tag[] | undefined =>
  tags?.map((tag) => ({ key: tag.key as string, value: tag.value as string }));

export function modelVersionJson(v: ModelVersionView) {
  return {
    name: v.name,
    version: String(v.version),
    creation_timestamp: v.creationTimestamp,
    last_updated_timestamp: v.lastUpdatedTimestamp,
    ...(v.userId !== undefined ? { user_id: v.userId } : {}),
    current_stage: v.currentStage,
    ...(v.description !== undefined ? { description: v.description } : {}),
    source: v.source,
    ...(v.runId !== undefined ? { run_id: v.runId } : {}),
    status: v.status,
    ...(v.statusMessage ? { status_message: v.statusMessage } : {}),
    tags: v.tags,
    ...(v.runLink !== undefined ? { run_link: v.runLink } : {}),
    aliases: v.aliases,
    ...(v.modelId !== undefined ? { model_id: v.modelId } : {}),
  };
}

export function registeredModelJson(m: RegisteredModelView) {
  return {
    name: m.name,
    creation_timestamp: m.creationTimestamp,
    last_updated_timestamp: m.lastUpdatedTimestamp,
    ...(m.description ? { description: m.description } : {}),
    latest_versions: m.latestVersions.map(modelVersionJson),
    tags: m.tags,
    aliases: m.aliases.map(({ alias, version }) => ({ alias, version: String(version) })),
  };
}

/** `next_page_token` only when another page follows, as MLflow omits it. */
export const pageTokenJson = (token: string | undefined) => (token ? { next_page_token: token } : {});

/** DELETE bodies are JSON from the mlflow client; other clients put the fields in the query. */
export const bodyOrQuery = (body: unknown, query: unknown): unknown => ({
  ...(typeof query === 'object' && query ? query : {}),
  ...(typeof body === 'object' && body ? body : {}),
});
