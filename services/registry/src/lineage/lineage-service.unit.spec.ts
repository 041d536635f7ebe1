import { InvalidArgument, NotFound } from '@cairn/contracts';
import { LineageModel, RecordedRun } from './lineage-records';
import { LineageService } from './lineage-service';
import { VersionLineage } from './ports';

const fraud3: VersionLineage = {
  name: 'fraud',
  version: 3,
  source: 'models:/m-1',
  modelId: 'm-1',
  status: 'READY',
  currentStage: 'None',
  creationTimestamp: 5_000,
  lineage: { modelId: 'm-1', datasets: [], codeVersion: {}, metrics: [] },
};

const recordedR1: RecordedRun = {
  run: { runId: 'r1', experimentId: '7', status: 'FAILED' },
  datasets: [{ runId: 'r1', name: 'train', digest: 'd1', loggedAt: 1 }],
  models: [],
};
const m1: LineageModel = { modelId: 'm-1', runId: 'r1', artifactUri: 'file:///m-1', loggedAt: 2 };

function service(versions: VersionLineage[], deployments = false) {
  const asked: string[] = [];
  const lineage = new LineageService(
    { getModelVersion: async (name, version) => versions.find((one) => one.name === name && one.version === version) ?? null },
    {
      recordedRun: async (runId) => {
        asked.push(`run ${runId}`);
        return runId === 'r1' ? recordedR1 : { datasets: [], models: [] };
      },
      model: async (modelId) => (modelId === 'm-1' ? m1 : undefined),
    },
    deployments ? { deploymentsOf: async (name, version) => [{ name: `${name}-v${version}-api` }] } : undefined,
  );
  return { lineage, asked };
}

describe('LineageService.getLineage', () => {
  it('joins the version with what the consumer recorded, finding the run through the logged model', async () => {
    const { lineage, asked } = service([fraud3]);
    const graph = await lineage.getLineage('fraud', '3');
    expect(graph.root).toBe('model_version:fraud/3');
    expect(graph.nodes.find((node) => node.id === 'run:r1')?.attributes.status).toBe('FAILED');
    expect(graph.edges).toContainEqual({ from: 'run:r1', to: 'dataset:train@d1', relation: 'trained_on' });
    expect(asked).toEqual(['run r1']);
  });

  it('ends the graph at the deployments serving the version when a deployments reader is given', async () => {
    const graph = await service([fraud3], true).lineage.getLineage('fraud', 3);
    expect(graph.edges).toContainEqual({ from: 'model_version:fraud/3', to: 'deployment:fraud-v3-api', relation: 'deployed_as' });
  });

  it('an unknown version (or model) is NOT_FOUND with MLflow\'s message', async () => {
    const failure = service([fraud3]).lineage.getLineage('fraud', '4');
    await expect(failure).rejects.toThrow(NotFound);
    await expect(failure).rejects.toMatchObject({
      code: 'REGISTRY.VERSION_NOT_FOUND',
      message: 'Model Version (name=fraud, version=4) not found',
    });
  });

  it.each([
    ['a missing name', '', '3', 'REGISTRY.MISSING_PARAMETER'],
    ['a missing version', 'fraud', '', 'REGISTRY.MISSING_PARAMETER'],
    ['a version that is not an integer', 'fraud', 'three', 'REGISTRY.INVALID_VERSION'],
  ])('%s is INVALID_ARGUMENT, as on every registry call', async (_what, name, version, code) => {
    const failure = service([fraud3]).lineage.getLineage(name, version);
    await expect(failure).rejects.toThrow(InvalidArgument);
    await expect(failure).rejects.toMatchObject({ code });
  });
});
