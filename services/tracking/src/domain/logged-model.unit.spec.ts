import { InvalidArgument } from '@cairn/contracts';
import {
  decideFinalize,
  isModelId,
  LoggedModel,
  modelArtifactLocation,
  modelLogged,
  newModelId,
  validateModelName,
} from './logged-model';

const metadata = { actor: 'tester', correlationId: 'c-1', occurredAt: '2024-01-01T00:00:00.000Z' };
const model = (sourceRunId: string | null): LoggedModel => ({
  modelId: `m-${'a'.repeat(32)}`,
  experimentId: '1',
  name: 'model',
  artifactLocation: 'mlflow-artifacts:/1/models/m-x/artifacts',
  creationTimestampMs: 1,
  lastUpdatedTimestampMs: 1,
  status: 'PENDING',
  statusMessage: null,
  modelType: null,
  sourceRunId,
  lifecycleStage: 'active',
  tags: [],
  params: [],
  metrics: [],
});

describe('model ids', () => {
  it('are m- and 32 lower-case hex digits', () => {
    expect(newModelId('0123456789abcdef0123456789abcdef')).toBe('m-0123456789abcdef0123456789abcdef');
    expect(isModelId('m-0123456789abcdef0123456789abcdef')).toBe(true);
  });
  it.each(['0123', 'G'.repeat(32), 'ABCDEF0123456789ABCDEF0123456789'])('refuse %p', (hex) => {
    expect(() => newModelId(hex)).toThrow();
  });
  it.each(['m-123', '0123456789abcdef0123456789abcdef', 'm-0123456789abcdef0123456789abcdef/..'])('%p is not a model id', (id) =>
    expect(isModelId(id)).toBe(false),
  );
});

describe('artifact location', () => {
  it('is <experiment location>/models/<id>/artifacts', () => {
    expect(modelArtifactLocation('mlflow-artifacts:/3/', 'm-1')).toBe('mlflow-artifacts:/3/models/m-1/artifacts');
  });
});

describe('model names', () => {
  it.each(['model', 'my-model_2'])('accepts %p', (name) => expect(() => validateModelName(name)).not.toThrow());
  it.each(['', 'a/b', 'a.b', 'a:b', "a'b", 'a%b'])('refuses %p with INVALID_PARAMETER_VALUE', (name) =>
    expect(() => validateModelName(name)).toThrow(InvalidArgument),
  );
});

describe('finalize', () => {
  describe('given a PENDING model', () => {
    it.each(['READY', 'FAILED'] as const)('when finalized %s, then it is %s', (target) =>
      expect(decideFinalize('PENDING', target)).toBe(target),
    );
    it.each(['PENDING', 'UNSPECIFIED'] as const)('when finalized %s, then throws INVALID_PARAMETER_VALUE', (target) =>
      expect(() => decideFinalize('PENDING', target)).toThrow(InvalidArgument),
    );
  });
  describe('given a finalized model', () => {
    it('when finalized again (logging into an existing model), then the new terminal status holds', () => {
      expect(decideFinalize('READY', 'READY')).toBe('READY');
      expect(decideFinalize('FAILED', 'READY')).toBe('READY');
    });
    it('when sent back to PENDING, then throws', () => expect(() => decideFinalize('READY', 'PENDING')).toThrow(InvalidArgument));
  });
});

describe('ModelLogged', () => {
  it('given a source run, goes to run-<id>', () => {
    expect(modelLogged(model('r1'), metadata)).toEqual({
      stream: 'run-r1',
      event: expect.objectContaining({ type: 'ModelLogged', data: expect.objectContaining({ runId: 'r1', modelId: model('r1').modelId }) }),
    });
  });
  it('given no source run, records no event', () => expect(modelLogged(model(null), metadata)).toBeNull());
});
