import { buildLineageGraph, LineageGraph, LineageGraphInput } from './lineage-graph';
import { LineageDataset, LineageModel, LineageRun } from './lineage-records';
import { VersionLineage } from './ports';

/** Version 3 of "fraud", registered from logged model m-1 of run r1 in experiment 7, trained on one dataset. */
const version = (overrides: Partial<VersionLineage> = {}): VersionLineage => ({
  name: 'fraud',
  version: 3,
  source: 'models:/m-1',
  runId: 'r1',
  modelId: 'm-1',
  status: 'READY',
  currentStage: 'Staging',
  creationTimestamp: 5_000,
  aliases: ['champion'],
  lineage: {
    experimentId: '7',
    runId: 'r1',
    modelId: 'm-1',
    datasets: [{ name: 'train', digest: 'd1', source: 's3://b/train.csv', sourceType: 's3', context: 'training' }],
    codeVersion: { gitCommit: 'abc123', sourceName: 'train.py' },
    metrics: [{ key: 'auc', value: 0.91, step: 0, timestamp: 4_000 }],
  },
  ...overrides,
});

const finishedRun: LineageRun = { runId: 'r1', experimentId: '7', name: 'bold-owl', status: 'FINISHED', startTime: 1_000, endTime: 4_500, userId: 'ada' };
const trainSeen: LineageDataset = { runId: 'r1', name: 'train', digest: 'd1', source: 's3://b/train.csv', sourceType: 's3', context: 'training', loggedAt: 2_000 };
const holdoutLater: LineageDataset = { runId: 'r1', name: 'holdout', digest: 'd2', context: 'eval', loggedAt: 6_000 };
const model: LineageModel = { modelId: 'm-1', runId: 'r1', experimentId: '7', artifactUri: 'file:///m-1', name: 'model', modelType: 'sklearn', loggedAt: 3_000 };

const graph = (input: Partial<LineageGraphInput> & { version?: VersionLineage }): LineageGraph =>
  buildLineageGraph({ version: version(), recorded: { datasets: [] }, ...input });

const edgesOf = (built: LineageGraph) => built.edges.map(({ from, relation, to }) => `${from} ${relation} ${to}`);
const node = (built: LineageGraph, id: string) => built.nodes.find((candidate) => candidate.id === id);

describe('given a version registered from a logged model, with everything recorded', () => {
  const built = graph({ recorded: { run: finishedRun, datasets: [trainSeen, holdoutLater] }, model });

  it('then the graph runs dataset → run → logged model → version, with the run in its experiment', () => {
    expect(built.root).toBe('model_version:fraud/3');
    expect(built.nodes.map(({ id, kind }) => `${kind} ${id}`)).toEqual([
      'dataset dataset:train@d1',
      'dataset dataset:holdout@d2',
      'experiment experiment:7',
      'run run:r1',
      'logged_model logged_model:m-1',
      'model_version model_version:fraud/3',
    ]);
    expect(edgesOf(built)).toEqual([
      'run:r1 trained_on dataset:train@d1',
      'run:r1 trained_on dataset:holdout@d2',
      'run:r1 in_experiment experiment:7',
      'run:r1 produced logged_model:m-1',
      'logged_model:m-1 registered_as model_version:fraud/3',
    ]);
  });

  it("then the run shows its outcome and the model its artifacts, as the consumer recorded them", () => {
    expect(node(built, 'run:r1')?.attributes).toEqual({
      run_id: 'r1',
      experiment_id: '7',
      name: 'bold-owl',
      status: 'FINISHED',
      start_time: '1000',
      end_time: '4500',
      user_id: 'ada',
    });
    expect(node(built, 'logged_model:m-1')?.attributes).toEqual({
      model_id: 'm-1',
      name: 'model',
      artifact_uri: 'file:///m-1',
      model_type: 'sklearn',
      logged_at: '3000',
    });
  });

  it('then a dataset logged after registration is marked as not part of the registration snapshot', () => {
    expect(node(built, 'dataset:train@d1')?.attributes).toMatchObject({ at_registration: 'true', logged_at: '2000', context: 'training' });
    expect(node(built, 'dataset:holdout@d2')?.attributes).toEqual({
      name: 'holdout',
      digest: 'd2',
      context: 'eval',
      at_registration: 'false',
      logged_at: '6000',
    });
  });

  it('then the version carries its stage, status, aliases and code version, but no metrics', () => {
    expect(node(built, 'model_version:fraud/3')?.attributes).toEqual({
      name: 'fraud',
      version: '3',
      source: 'models:/m-1',
      status: 'READY',
      stage: 'Staging',
      created_at: '5000',
      aliases: 'champion',
      'code.git_commit': 'abc123',
      'code.source_name': 'train.py',
    });
  });
});

describe('given a version whose run the consumer has not seen yet', () => {
  const built = graph({});

  it('then the graph comes from the registration snapshot alone: no run status, no logging times', () => {
    expect(node(built, 'run:r1')?.attributes).toEqual({ run_id: 'r1', experiment_id: '7' });
    expect(node(built, 'logged_model:m-1')?.attributes).toEqual({ model_id: 'm-1' });
    expect(node(built, 'dataset:train@d1')?.attributes).toEqual({
      name: 'train',
      digest: 'd1',
      source: 's3://b/train.csv',
      source_type: 's3',
      context: 'training',
      at_registration: 'true',
    });
    expect(edgesOf(built)).toHaveLength(4);
  });
});

describe('given a version registered from a run (MLflow 2: runs:/<id>/model, no logged model)', () => {
  const runOnly = version({ source: 'runs:/r1/model', modelId: undefined, lineage: { ...version().lineage, modelId: undefined } });

  it('then the run itself is registered as the version', () =>
    expect(edgesOf(graph({ version: runOnly, recorded: { run: finishedRun, datasets: [] } }))).toEqual([
      'run:r1 trained_on dataset:train@d1',
      'run:r1 in_experiment experiment:7',
      'run:r1 registered_as model_version:fraud/3',
    ]));
});

describe('given a version registered from a logged model without a run', () => {
  const runless = version({ runId: undefined, lineage: { experimentId: '7', modelId: 'm-1', datasets: [], codeVersion: {}, metrics: [] } });

  it('then the model stands in the experiment and is registered as the version', () =>
    expect(edgesOf(graph({ version: runless, model: { ...model, runId: undefined } }))).toEqual([
      'logged_model:m-1 in_experiment experiment:7',
      'logged_model:m-1 registered_as model_version:fraud/3',
    ]));

  it("then the recorded model's run completes the chain when the consumer knows it", () => {
    const built = graph({ version: runless, model, recorded: { run: finishedRun, datasets: [trainSeen] } });
    expect(edgesOf(built)).toEqual([
      'run:r1 trained_on dataset:train@d1',
      'run:r1 in_experiment experiment:7',
      'run:r1 produced logged_model:m-1',
      'logged_model:m-1 registered_as model_version:fraud/3',
    ]);
    expect(node(built, 'dataset:train@d1')?.attributes.at_registration).toBe('false');
  });
});

describe('given recorded data of another run or model', () => {
  it('then none of it is attached to this version', () => {
    const built = graph({
      recorded: { run: { ...finishedRun, runId: 'r9' }, datasets: [{ ...holdoutLater, runId: 'r9' }] },
      model: { ...model, modelId: 'm-9' },
    });
    expect(node(built, 'run:r1')?.attributes.status).toBeUndefined();
    expect(node(built, 'logged_model:m-1')?.attributes.artifact_uri).toBeUndefined();
    expect(built.nodes.map(({ id }) => id)).not.toContain('dataset:holdout@d2');
  });
});

describe('given a version with no lineage at all', () => {
  it('then the graph is the version alone', () => {
    const bare = version({ runId: undefined, modelId: undefined, aliases: [], lineage: { datasets: [], codeVersion: {}, metrics: [] } });
    expect(graph({ version: bare })).toEqual({
      root: 'model_version:fraud/3',
      nodes: [
        {
          id: 'model_version:fraud/3',
          kind: 'model_version',
          attributes: { name: 'fraud', version: '3', source: 'models:/m-1', status: 'READY', stage: 'Staging', created_at: '5000' },
        },
      ],
      edges: [],
    });
  });
});

describe('given deployments serving the version (the serving issue)', () => {
  it('then each is a node the version is deployed as, once per name', () => {
    const built = graph({
      deployments: [
        { name: 'fraud-api', attributes: { route: 'canary' } },
        { name: 'fraud-stream' },
        { name: 'fraud-api', attributes: { route: 'champion' } },
      ],
    });
    expect(edgesOf(built).slice(-2)).toEqual([
      'model_version:fraud/3 deployed_as deployment:fraud-api',
      'model_version:fraud/3 deployed_as deployment:fraud-stream',
    ]);
    expect(node(built, 'deployment:fraud-api')?.attributes).toEqual({ route: 'champion', name: 'fraud-api' });
  });
});
