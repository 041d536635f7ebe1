import { Lineage, ModelStage, ModelVersionStatus } from '../../domain';
import { ModelVersionView, RegisteredModelView } from '../../application/views';

/**
 * Row shapes of the read-model queries and their conversion to views. Tags and aliases come aggregated as JSON
 * by the queries (one round trip per page); bigint columns arrive as strings (pg's default) and become numbers.
 */
export interface VersionRow {
  name: string;
  version: number;
  creation_timestamp: string;
  last_updated_timestamp: string;
  user_id: string | null;
  current_stage: ModelStage;
  description: string | null;
  source: string;
  storage_location: string;
  run_id: string | null;
  model_id: string | null;
  run_link: string | null;
  status: ModelVersionStatus;
  status_message: string | null;
  lineage: Lineage;
  tags: Array<{ key: string; value: string }>;
  aliases: string[];
}

export interface ModelRow {
  name: string;
  description: string | null;
  creation_timestamp: string;
  last_updated_timestamp: string;
  tags: Array<{ key: string; value: string }>;
  aliases: Array<{ alias: string; version: number }>;
}

/** Columns of a version with its tags and aliases, for `FROM registry.model_versions v`. */
export const VERSION_COLUMNS = `
  v.name, v.version, v.creation_timestamp, v.last_updated_timestamp, v.user_id, v.current_stage, v.description,
  v.source, v.storage_location, v.run_id, v.model_id, v.run_link, v.status, v.status_message, v.lineage,
  coalesce((SELECT json_agg(json_build_object('key', t.key, 'value', t.value) ORDER BY t.key)
              FROM registry.model_version_tags t WHERE t.name = v.name AND t.version = v.version), '[]') AS tags,
  coalesce((SELECT json_agg(a.alias ORDER BY a.alias)
              FROM registry.aliases a WHERE a.name = v.name AND a.version = v.version), '[]') AS aliases`;

/** Columns of a registered model with its tags and aliases, for `FROM registry.registered_models m`. */
export const MODEL_COLUMNS = `
  m.name, m.description, m.creation_timestamp, m.last_updated_timestamp,
  coalesce((SELECT json_agg(json_build_object('key', t.key, 'value', t.value) ORDER BY t.key)
              FROM registry.registered_model_tags t WHERE t.name = m.name), '[]') AS tags,
  coalesce((SELECT json_agg(json_build_object('alias', a.alias, 'version', a.version) ORDER BY a.alias)
              FROM registry.aliases a WHERE a.name = m.name), '[]') AS aliases`;

const optional = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export function versionView(row: VersionRow): ModelVersionView {
  return {
    name: row.name,
    version: row.version,
    creationTimestamp: Number(row.creation_timestamp),
    lastUpdatedTimestamp: Number(row.last_updated_timestamp),
    userId: optional(row.user_id),
    currentStage: row.current_stage,
    description: optional(row.description),
    source: row.source,
    storageLocation: row.storage_location,
    runId: optional(row.run_id),
    modelId: optional(row.model_id),
    runLink: optional(row.run_link),
    status: row.status,
    statusMessage: optional(row.status_message),
    tags: row.tags,
    aliases: row.aliases,
    lineage: row.lineage,
  };
}

export function modelView(row: ModelRow, latestVersions: ModelVersionView[]): RegisteredModelView {
  return {
    name: row.name,
    description: optional(row.description),
    creationTimestamp: Number(row.creation_timestamp),
    lastUpdatedTimestamp: Number(row.last_updated_timestamp),
    tags: row.tags,
    aliases: row.aliases,
    latestVersions,
  };
}
