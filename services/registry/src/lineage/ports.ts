import { Lineage, ModelStage, ModelVersionStatus } from '../domain';

/**
 * A model version as GetLineage needs it: the registration's lineage snapshot and the version's own facts. Field
 * names follow the registry's read model (application/views.ts ModelVersionView), which satisfies this as it is.
 */
export interface VersionLineage {
  name: string;
  version: number;
  source: string;
  runId?: string;
  modelId?: string;
  status: ModelVersionStatus;
  currentStage: ModelStage;
  creationTimestamp: number;
  aliases?: readonly string[];
  lineage: Lineage;
}

/**
 * The port to the registry's read model for "the version's lineage"; `RegistryReads` (application/ports.ts)
 * satisfies it. Null when the model or the version does not exist.
 */
export interface VersionLineageReader {
  getModelVersion(name: string, version: number): Promise<VersionLineage | null>;
}

/**
 * A deployment serving a version, for the graph's last hop. Deployments arrive with the serving issue; until then
 * no reader is given and the graph ends at the version.
 */
export interface DeploymentRef {
  name: string;
  /** e.g. the alias it follows, its route (champion, canary, shadow), traffic share. */
  attributes?: Readonly<Record<string, string>>;
}

export interface DeploymentsReader {
  deploymentsOf(name: string, version: number): Promise<DeploymentRef[]>;
}
