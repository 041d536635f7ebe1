import { Lineage, ModelStage, ModelVersionStatus, Tag } from '../domain';

/**
 * What the registry answers, protocol-neutral (the REST adapter turns these into MLflow's JSON, a gRPC adapter
 * into its messages). Read from the read models, which the same transaction as the events keeps current.
 */
export interface ModelVersionView {
  name: string;
  version: number;
  creationTimestamp: number;
  lastUpdatedTimestamp: number;
  userId?: string;
  currentStage: ModelStage;
  description?: string;
  source: string;
  /** Where the artifacts are: get-download-uri's answer. */
  storageLocation: string;
  runId?: string;
  modelId?: string;
  runLink?: string;
  status: ModelVersionStatus;
  statusMessage?: string;
  tags: Tag[];
  aliases: string[];
  lineage: Lineage;
}

export interface RegisteredModelView {
  name: string;
  description?: string;
  creationTimestamp: number;
  lastUpdatedTimestamp: number;
  tags: Tag[];
  aliases: { alias: string; version: number }[];
  /** Per stage, the highest-numbered version (MLflow's `latest_versions`), in the order None, Staging, Production, Archived. */
  latestVersions: ModelVersionView[];
}

export interface Page<T> {
  items: T[];
  nextPageToken?: string;
}
