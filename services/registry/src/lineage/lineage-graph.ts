import { LineageModel, RecordedRun } from './lineage-records';
import { DeploymentRef, VersionLineage } from './ports';

/**
 * A model version's lineage as a graph (GetLineage): dataset → run → logged model → version → deployments, plus
 * the run's experiment. Built from the registration's lineage snapshot (ModelVersionRegistered.lineage) joined
 * with what the lineage consumer has recorded since (the run's outcome, datasets logged after registration, the
 * logged model's details). Pure: the caller reads, this only assembles.
 *
 * Every edge reads as a sentence, `from` <relation> `to`: run trained_on dataset, run produced logged_model,
 * logged_model (or the run, for a run-only source) registered_as model_version, run in_experiment experiment,
 * model_version deployed_as deployment. Metrics and params stay on the version's lineage: the graph is provenance.
 */
export type LineageNodeKind = 'dataset' | 'run' | 'experiment' | 'logged_model' | 'model_version' | 'deployment';
export type LineageRelation = 'trained_on' | 'produced' | 'registered_as' | 'in_experiment' | 'deployed_as';

export interface LineageNode {
  id: string;
  kind: LineageNodeKind;
  /** Known facts only (absent ones are left out); times as decimal epoch milliseconds. */
  attributes: Record<string, string>;
}

export interface LineageEdge {
  from: string;
  to: string;
  relation: LineageRelation;
}

export interface LineageGraph {
  /** The version's node. */
  root: string;
  nodes: LineageNode[];
  edges: LineageEdge[];
}

export interface LineageGraphInput {
  version: VersionLineage;
  /** What the consumer recorded for the version's run; empty when it has not seen the run (yet). */
  recorded: Pick<RecordedRun, 'run' | 'datasets'>;
  /** The version's logged model as the consumer recorded it. */
  model?: LineageModel;
  /** Deployments serving the version (the serving issue); none until then. */
  deployments?: readonly DeploymentRef[];
}

/** Stable, kind-prefixed node ids (the proto documents them), so graphs of different versions can be joined. */
export const nodeId = {
  dataset: (name: string, digest: string) => `dataset:${name}@${digest}`,
  run: (runId: string) => `run:${runId}`,
  experiment: (experimentId: string) => `experiment:${experimentId}`,
  loggedModel: (modelId: string) => `logged_model:${modelId}`,
  modelVersion: (name: string, version: number) => `model_version:${name}/${version}`,
  deployment: (name: string) => `deployment:${name}`,
};

type Facts = Record<string, string | number | undefined>;

/** Drops unknown facts and writes numbers as decimal strings (the proto's attributes are a string map). */
function attributes(facts: Facts): Record<string, string> {
  const known = Object.entries(facts).filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '');
  return Object.fromEntries(known.map(([key, value]) => [key, String(value)]));
}

export function buildLineageGraph(input: LineageGraphInput): LineageGraph {
  const { version, recorded } = input;
  const { lineage } = version;
  const modelId = version.modelId ?? lineage.modelId;
  const model = modelId !== undefined && input.model?.modelId === modelId ? input.model : undefined;
  const runId = lineage.runId ?? version.runId ?? model?.runId;
  const run = runId !== undefined && recorded.run?.runId === runId ? recorded.run : undefined;
  const experimentId = lineage.experimentId ?? run?.experimentId ?? model?.experimentId;

  const nodes: LineageNode[] = [];
  const edges: LineageEdge[] = [];
  const add = (id: string, kind: LineageNodeKind, facts: Facts) => {
    nodes.push({ id, kind, attributes: attributes(facts) });
    return id;
  };
  const link = (from: string, relation: LineageRelation, to: string) => edges.push({ from, to, relation });

  const datasetIds = datasetsOf(input, runId).map((dataset) => add(nodeId.dataset(dataset.name, dataset.digest), 'dataset', dataset));
  const experiment = experimentId !== undefined ? add(nodeId.experiment(experimentId), 'experiment', { experiment_id: experimentId }) : undefined;
  const runNode =
    runId !== undefined
      ? add(nodeId.run(runId), 'run', {
          run_id: runId,
          experiment_id: run?.experimentId ?? experimentId,
          name: run?.name,
          status: run?.status,
          start_time: run?.startTime,
          end_time: run?.endTime,
          user_id: run?.userId,
          parent_run_id: run?.parentRunId,
        })
      : undefined;
  const modelNode =
    modelId !== undefined
      ? add(nodeId.loggedModel(modelId), 'logged_model', {
          model_id: modelId,
          name: model?.name,
          artifact_uri: model?.artifactUri,
          model_type: model?.modelType,
          logged_at: model?.loggedAt,
        })
      : undefined;
  const root = add(nodeId.modelVersion(version.name, version.version), 'model_version', {
    name: version.name,
    version: version.version,
    source: version.source,
    status: version.status,
    stage: version.currentStage,
    created_at: version.creationTimestamp,
    aliases: version.aliases?.join(','),
    'code.git_commit': lineage.codeVersion.gitCommit,
    'code.git_repo_url': lineage.codeVersion.gitRepoUrl,
    'code.git_branch': lineage.codeVersion.gitBranch,
    'code.source_name': lineage.codeVersion.sourceName,
    'code.source_type': lineage.codeVersion.sourceType,
    'code.entry_point': lineage.codeVersion.entryPoint,
  });
  const deploymentIds = uniqueByName(input.deployments ?? []).map((deployment) =>
    add(nodeId.deployment(deployment.name), 'deployment', { ...deployment.attributes, name: deployment.name }),
  );

  // Whatever consumed the datasets: the run, or (without a known run) the closest thing to it.
  const trainer = runNode ?? modelNode ?? root;
  for (const dataset of datasetIds) link(trainer, 'trained_on', dataset);
  if (experiment !== undefined) link(runNode ?? modelNode ?? root, 'in_experiment', experiment);
  if (runNode !== undefined && modelNode !== undefined) link(runNode, 'produced', modelNode);
  const registered = modelNode ?? runNode;
  if (registered !== undefined) link(registered, 'registered_as', root);
  for (const deployment of deploymentIds) link(root, 'deployed_as', deployment);

  return { root, nodes, edges };
}

interface DatasetFacts extends Facts {
  name: string;
  digest: string;
}

/**
 * The registration snapshot's datasets first (in its order), then those the consumer recorded for the run that the
 * snapshot lacks (logged after registration, in logging order). One node per name + digest.
 */
function datasetsOf({ version, recorded }: LineageGraphInput, runId: string | undefined): DatasetFacts[] {
  const key = (name: string, digest: string) => JSON.stringify([name, digest]);
  const ofRun = recorded.datasets.filter((dataset) => dataset.runId === runId);
  const logged = new Map(ofRun.map((dataset) => [key(dataset.name, dataset.digest), dataset]));
  const atRegistration = new Set<string>();
  const facts: DatasetFacts[] = [];
  for (const dataset of version.lineage.datasets) {
    const id = key(dataset.name, dataset.digest);
    if (atRegistration.has(id)) continue;
    atRegistration.add(id);
    const seen = logged.get(id);
    facts.push({
      name: dataset.name,
      digest: dataset.digest,
      source_type: dataset.sourceType ?? seen?.sourceType,
      source: dataset.source ?? seen?.source,
      context: dataset.context ?? seen?.context,
      at_registration: 'true',
      logged_at: seen?.loggedAt,
    });
  }
  for (const [id, dataset] of logged) {
    if (atRegistration.has(id)) continue;
    facts.push({
      name: dataset.name,
      digest: dataset.digest,
      source_type: dataset.sourceType,
      source: dataset.source,
      context: dataset.context,
      at_registration: 'false',
      logged_at: dataset.loggedAt,
    });
  }
  return facts;
}

function uniqueByName(deployments: readonly DeploymentRef[]): DeploymentRef[] {
  return [...new Map(deployments.map((deployment) => [deployment.name, deployment])).values()];
}
