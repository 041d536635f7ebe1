import { CairnError, FailedPrecondition, InvalidArgument, NotFound, PermissionDenied, Unavailable } from '@cairn/contracts';
import { AllowAllGate } from './allow-all-gate';
import { ArtifactCheck, GateDecision, GovernanceGate, RunRecord } from './ports';
import { RegistryService } from './registry-service';
import { contextAt, FakeTracking, InMemoryModelRepository, ScriptedGate, ScriptedVerifier, StateReads } from './testing/fakes';

const T0 = Date.UTC(2026, 0, 1);
const ctx = contextAt(T0);
const RUN = 'a'.repeat(32);
const OTHER_RUN = 'c'.repeat(32);
const MODEL = `m-${'b'.repeat(32)}`;
const RUN_ROOT = `mlflow-artifacts:/1/${RUN}/artifacts`;
const MODEL_ROOT = `mlflow-artifacts:/1/models/${MODEL}/artifacts`;

const run: RunRecord = {
  runId: RUN,
  experimentId: '1',
  artifactUri: RUN_ROOT,
  tags: [
    { key: 'mlflow.source.git.commit', value: '0123abc' },
    { key: 'mlflow.source.name', value: 'train.py' },
    { key: 'mlflow.source.type', value: 'LOCAL' },
    { key: 'team', value: 'risk' },
  ],
  params: [{ key: 'C', value: '1.0' }],
  metrics: [
    { key: 'accuracy', value: 0.93, step: 3, timestamp: 5 },
    { key: 'loss', value: NaN, step: 3, timestamp: 5 },
  ],
  datasets: [{ name: 'train', digest: 'd1', source: '{"uri":"s3://x"}', sourceType: 's3', context: 'training' }],
};

function setup(options: { checks?: ArtifactCheck[]; gate?: GovernanceGate; sleep?: () => Promise<void> } = {}) {
  const repository = new InMemoryModelRepository();
  const tracking = new FakeTracking();
  tracking.runs.set(RUN, run);
  tracking.runs.set(OTHER_RUN, { ...run, runId: OTHER_RUN, artifactUri: `mlflow-artifacts:/1/${OTHER_RUN}/artifacts` });
  tracking.models.set(MODEL, { modelId: MODEL, experimentId: '1', sourceRunId: RUN, artifactLocation: MODEL_ROOT, status: 'READY' });
  const verifier = new ScriptedVerifier(options.checks);
  const warnings: unknown[] = [];
  let clock = T0;
  const registry = new RegistryService({
    repository,
    reads: new StateReads(repository),
    tracking,
    verifier,
    gate: options.gate ?? new AllowAllGate(),
    logger: { warn: (fields) => warnings.push(fields) },
    verification: { timeoutMs: 1_000, intervalMs: 100, sleep: options.sleep ?? (async () => undefined), now: () => (clock += 100) },
  });
  return { registry, repository, tracking, verifier, warnings };
}

async function readyVersion(registry: RegistryService, name = 'fraud') {
  await registry.models.create({ name }, ctx);
  const version = await registry.versions.create({ name, source: `models:/${MODEL}` }, ctx);
  await registry.checksIdle();
  return version;
}

describe('given a registered model, when a version is created from a logged model', () => {
  it('then it is PENDING_REGISTRATION at the logged model\'s location with the run\'s lineage, and READY once MLmodel is found', async () => {
    const { registry, verifier } = setup();
    await registry.models.create({ name: 'fraud' }, ctx);
    const created = await registry.versions.create({ name: 'fraud', source: `models:/${MODEL}` }, ctx);
    expect(created).toMatchObject({
      version: 1,
      status: 'PENDING_REGISTRATION',
      source: `models:/${MODEL}`,
      storageLocation: MODEL_ROOT,
      runId: RUN,
      modelId: MODEL,
      userId: 'user:ada',
    });
    expect(created.lineage).toEqual({
      experimentId: '1',
      runId: RUN,
      modelId: MODEL,
      datasets: [{ name: 'train', digest: 'd1', source: '{"uri":"s3://x"}', sourceType: 's3', context: 'training' }],
      codeVersion: { gitCommit: '0123abc', sourceName: 'train.py', sourceType: 'LOCAL' },
      metrics: [
        { key: 'accuracy', value: 0.93, step: 3, timestamp: 5 },
        { key: 'loss', value: 'NaN', step: 3, timestamp: 5 },
      ],
      params: [{ key: 'C', value: '1.0' }],
    });
    await registry.checksIdle();
    expect(verifier.asked).toEqual([MODEL_ROOT]);
    expect(await registry.versions.get('fraud', '1')).toMatchObject({ status: 'READY' });
    expect(await registry.versions.downloadUri('fraud', '1')).toBe(MODEL_ROOT);
  });

  it('then a run URI resolves under the run\'s artifacts, and an mlflow-artifacts path inside them is accepted', async () => {
    const { registry } = setup();
    await registry.models.create({ name: 'fraud' }, ctx);
    expect((await registry.versions.create({ name: 'fraud', source: `runs:/${RUN}/model` }, ctx)).storageLocation).toBe(`${RUN_ROOT}/model`);
    const byPath = await registry.versions.create({ name: 'fraud', source: `${RUN_ROOT}/model`, runId: RUN }, ctx);
    expect([byPath.version, byPath.storageLocation, byPath.runId]).toEqual([2, `${RUN_ROOT}/model`, RUN]);
    const copied = await registry.versions.create({ name: 'fraud', source: 'models:/fraud/1' }, ctx);
    expect([copied.storageLocation, copied.runId]).toEqual([`${RUN_ROOT}/model`, RUN]);
  });

  it.each([
    ['a run URI naming another run than run_id', { source: `runs:/${RUN}/model`, runId: OTHER_RUN }],
    ['an unknown run', { source: `runs:/${'d'.repeat(32)}/model` }],
    ['an unknown logged model', { source: `models:/m-${'e'.repeat(32)}` }],
    ['a logged model other than model_id', { source: `models:/${MODEL}`, modelId: `m-${'e'.repeat(32)}` }],
    ['an mlflow-artifacts path without run_id or model_id', { source: `${RUN_ROOT}/model` }],
    ['an mlflow-artifacts path in another run', { source: `mlflow-artifacts:/1/${OTHER_RUN}/artifacts/model`, runId: RUN }],
    ['an mlflow-artifacts path beside the logged model', { source: `${RUN_ROOT}/model`, modelId: MODEL }],
    ['a local path', { source: '/etc/passwd', runId: RUN }],
  ])('then %s is INVALID_PARAMETER_VALUE and nothing is appended', async (_, input) => {
    const { registry, repository } = setup();
    await registry.models.create({ name: 'fraud' }, ctx);
    await expect(registry.versions.create({ name: 'fraud', ...input }, ctx)).rejects.toBeInstanceOf(InvalidArgument);
    expect(repository.types('fraud')).toEqual(['RegisteredModelCreated']);
  });

  it('then a bad source on a missing model is INVALID_PARAMETER_VALUE (the source is checked first, as MLflow)', async () => {
    const { registry } = setup();
    await expect(registry.versions.create({ name: 'ghost', source: 'file:///etc' }, ctx)).rejects.toBeInstanceOf(InvalidArgument);
    await expect(registry.versions.create({ name: 'ghost', source: `models:/${MODEL}` }, ctx)).rejects.toBeInstanceOf(NotFound);
  });
});

describe('given a new version whose artifacts never show up', () => {
  it('when the deadline passes, then it is FAILED_REGISTRATION with the reason', async () => {
    const { registry, verifier } = setup({ checks: [{ ok: false, reason: 'no MLmodel file at x' }] });
    await registry.models.create({ name: 'fraud' }, ctx);
    await registry.versions.create({ name: 'fraud', source: `models:/${MODEL}` }, ctx);
    await registry.checksIdle();
    expect(verifier.asked.length).toBeGreaterThan(1);
    expect(await registry.versions.get('fraud', '1')).toMatchObject({
      status: 'FAILED_REGISTRATION',
      statusMessage: expect.stringContaining('no MLmodel file at x'),
    });
  });

  it('when a check says looking again cannot help, then it fails at once', async () => {
    const { registry, verifier } = setup({ checks: [{ ok: false, final: true, reason: 'not in the store' }] });
    await readyVersion(registry);
    expect(verifier.asked).toHaveLength(1);
    expect(await registry.versions.get('fraud', '1')).toMatchObject({ status: 'FAILED_REGISTRATION', statusMessage: 'not in the store' });
  });

  it('when the model was renamed meanwhile, then the outcome follows it to the new name', async () => {
    let renamed!: () => void;
    const afterRename = new Promise<void>((resolve) => (renamed = resolve));
    const { registry, repository } = setup({ checks: [{ ok: false, reason: 'uploading' }, { ok: true }], sleep: () => afterRename });
    await registry.models.create({ name: 'fraud' }, ctx);
    await registry.versions.create({ name: 'fraud', source: `models:/${MODEL}` }, ctx);
    await registry.models.rename('fraud', 'fraud-v2', ctx);
    renamed();
    await registry.checksIdle();
    expect(repository.types('fraud-v2')).toEqual(['RegisteredModelRenamedFrom', 'ModelVersionReady']);
    expect(await registry.versions.get('fraud-v2', '1')).toMatchObject({ status: 'READY' });
  });

  it('when the service restarts, then pending versions are checked again', async () => {
    const first = setup({ checks: [{ ok: false, reason: 'down' }] });
    await first.registry.models.create({ name: 'fraud' }, ctx);
    await first.registry.versions.create({ name: 'fraud', source: `models:/${MODEL}` }, ctx);
    await first.registry.stop(); // shutdown before the check could finish: the version stays pending
    expect(await first.registry.versions.get('fraud', '1')).toMatchObject({ status: 'PENDING_REGISTRATION' });

    const restarted = new RegistryService({
      repository: first.repository,
      reads: new StateReads(first.repository),
      tracking: first.tracking,
      verifier: new ScriptedVerifier([{ ok: true }]),
      gate: new AllowAllGate(),
      logger: { warn: () => undefined },
      verification: { timeoutMs: 60_000, intervalMs: 1, sleep: async () => undefined },
    });
    expect(await restarted.resume()).toBe(1);
    await restarted.checksIdle();
    expect(await restarted.versions.get('fraud', '1')).toMatchObject({ status: 'READY' });
  });
});

describe('given a READY version, when an alias is set or a stage requested (a promotion)', () => {
  it('then the allow-all gate is asked with the lineage and the change follows PromotionRequested and PromotionAllowed', async () => {
    const gate = new ScriptedGate(() => new AllowAllGate().evaluate());
    const { registry, repository } = setup({ gate });
    await readyVersion(registry);
    await registry.promotions.setAlias('fraud', 'champion', '1', ctx);
    expect(repository.types('fraud').slice(-3)).toEqual(['PromotionRequested', 'PromotionAllowed', 'AliasAssigned']);
    expect(gate.requests[0]).toMatchObject({ name: 'fraud', version: 1, target: { kind: 'alias', alias: 'champion' }, requester: 'user:ada' });
    expect(gate.requests[0].lineage.runId).toBe(RUN);
    expect((await registry.promotions.versionByAlias('fraud', 'champion')).version).toBe(1);

    const staged = await registry.promotions.transitionStage('fraud', '1', 'production', true, ctx);
    expect(staged.currentStage).toBe('Production');
  });

  it('then a denial is PERMISSION_DENIED naming the reasons, recorded, with nothing changed', async () => {
    const deny: GateDecision = { outcome: 'deny', reasons: ['accuracy 0.93 < 0.95'], decisionId: 'dec-1' };
    const { registry, repository } = setup({ gate: new ScriptedGate(() => deny) });
    await readyVersion(registry);
    const failure = registry.promotions.setAlias('fraud', 'champion', '1', ctx);
    await expect(failure).rejects.toBeInstanceOf(PermissionDenied);
    await expect(failure).rejects.toThrow(/accuracy 0.93 < 0.95/);
    expect(repository.types('fraud').slice(-2)).toEqual(['PromotionRequested', 'PromotionDenied']);
    expect((await registry.models.get('fraud')).aliases).toEqual([]);
  });

  it('then needing approval is FAILED_PRECONDITION naming the request and the approvals, the change waiting', async () => {
    const gate = new ScriptedGate(() => ({ outcome: 'needs-approval', decisionId: 'dec-9', approvalsRequired: 2 }));
    const { registry, repository } = setup({ gate });
    await readyVersion(registry);
    const failure = registry.promotions.transitionStage('fraud', '1', 'Production', false, ctx);
    await expect(failure).rejects.toBeInstanceOf(FailedPrecondition);
    await expect(failure).rejects.toThrow(/needs 2 approval\(s\): request [0-9a-f-]{36} \(decision dec-9\)/);
    expect(repository.types('fraud').slice(-1)).toEqual(['PromotionAwaitingApproval']);
    expect((await registry.versions.get('fraud', '1')).currentStage).toBe('None');
  });

  it('then an unreachable governance abandons the request and answers UNAVAILABLE', async () => {
    const { registry, repository } = setup({ gate: new ScriptedGate(() => Promise.reject(new Error('connect ECONNREFUSED'))) });
    await readyVersion(registry);
    const failure = registry.promotions.setAlias('fraud', 'champion', '1', ctx);
    await expect(failure).rejects.toBeInstanceOf(Unavailable);
    await expect(failure).rejects.toThrow(/governance is unavailable \(connect ECONNREFUSED\)/);
    expect(repository.types('fraud').slice(-2)).toEqual(['PromotionRequested', 'PromotionAbandoned']);
  });

  it('then a bad alias or stage is INVALID_PARAMETER_VALUE before anything is requested', async () => {
    const { registry, repository } = setup();
    await readyVersion(registry);
    const before = repository.types('fraud').length;
    await expect(registry.promotions.setAlias('fraud', 'latest', '1', ctx)).rejects.toBeInstanceOf(InvalidArgument);
    await expect(registry.promotions.transitionStage('fraud', '1', 'Deployed', false, ctx)).rejects.toBeInstanceOf(InvalidArgument);
    expect(repository.types('fraud')).toHaveLength(before);
  });
});

describe('given a promotion awaiting approval, when governance decides it (cairn.governance.events)', () => {
  const governance = contextAt(T0 + 5_000, 'service:governance');
  async function awaiting() {
    const gate = new ScriptedGate(() => ({ outcome: 'needs-approval', decisionId: 'dec-9', approvalsRequired: 2 }));
    const setup_ = setup({ gate });
    await readyVersion(setup_.registry);
    const waiting = await setup_.registry.promotions.requestAlias('fraud', 'champion', '1', ctx);
    return { ...setup_, gate, waiting };
  }

  it('then the gate is asked with the version tags and the caller correlation id and trace', async () => {
    const { registry, gate } = await awaiting();
    await registry.versions.setTag('fraud', '1', { key: 'change-ticket', value: 'CHG-1' }, ctx);
    await registry.promotions.requestAlias('fraud', 'prod', '1', { ...ctx, traceparent: '00-abc-def-01' });
    expect(gate.requests[1]).toMatchObject({ tags: [{ key: 'change-ticket', value: 'CHG-1' }], correlationId: 'corr-1', traceparent: '00-abc-def-01' });
  });

  it('then complete assigns the alias, records the approvers, and a second complete changes nothing', async () => {
    const { registry, repository, waiting } = await awaiting();
    expect(waiting.status).toBe('awaiting-approval');
    const done = await registry.promotions.complete('fraud', waiting.requestId, { decisionId: 'dec-9', approvedBy: ['user:bo', 'user:cy'] }, governance);
    expect(done.status).toBe('allowed');
    expect(repository.types('fraud').slice(-2)).toEqual(['PromotionAllowed', 'AliasAssigned']);
    expect((await registry.promotions.versionByAlias('fraud', 'champion')).version).toBe(1);
    const before = repository.types('fraud').length;
    await registry.promotions.complete('fraud', waiting.requestId, { decisionId: 'dec-9', approvedBy: ['user:bo', 'user:cy'] }, governance);
    expect(repository.types('fraud')).toHaveLength(before);
  });

  it('then reject denies it with the reason, nothing assigned, and completing it afterwards is FAILED_PRECONDITION', async () => {
    const { registry, repository, waiting } = await awaiting();
    const done = await registry.promotions.reject('fraud', waiting.requestId, { reasons: ['not yet'], rejectedBy: 'user:bo' }, governance);
    expect(done).toMatchObject({ status: 'denied', reasons: ['not yet'] });
    expect(repository.types('fraud').slice(-1)).toEqual(['PromotionDenied']);
    expect((await registry.models.get('fraud')).aliases).toEqual([]);
    await expect(
      registry.promotions.complete('fraud', waiting.requestId, { approvedBy: ['user:cy'] }, governance),
    ).rejects.toBeInstanceOf(FailedPrecondition);
  });

  it('then an unknown request is NOT_FOUND', async () => {
    const { registry } = await awaiting();
    await expect(registry.promotions.complete('fraud', 'no-such-request', { approvedBy: ['user:bo'] }, governance)).rejects.toBeInstanceOf(NotFound);
  });
});

describe('given a READY version, when governance refuses the registry request (INTERNAL from the gate)', () => {
  it('then the request is abandoned and the INTERNAL error is answered as it is, not UNAVAILABLE', async () => {
    const refused = new CairnError('INTERNAL', 'REGISTRY.GOVERNANCE_REFUSED_REQUEST', 'Governance refused the registry Evaluate');
    const { registry, repository } = setup({ gate: new ScriptedGate(() => Promise.reject(refused)) });
    await readyVersion(registry);
    await expect(registry.promotions.setAlias('fraud', 'champion', '1', ctx)).rejects.toBe(refused);
    expect(repository.types('fraud').slice(-2)).toEqual(['PromotionRequested', 'PromotionAbandoned']);
  });
});

describe('given registered models', () => {
  it('when getting the latest versions, then one per requested stage, any case', async () => {
    const { registry } = setup();
    await readyVersion(registry);
    await registry.versions.create({ name: 'fraud', source: `models:/${MODEL}` }, ctx);
    await registry.checksIdle();
    await registry.promotions.transitionStage('fraud', '1', 'Staging', false, ctx);
    expect((await registry.models.latestVersions('fraud', ['staging'])).map((v) => v.version)).toEqual([1]);
    expect((await registry.models.latestVersions('fraud', [])).map((v) => [v.version, v.currentStage])).toEqual([
      [2, 'None'],
      [1, 'Staging'],
    ]);
    await expect(registry.models.latestVersions('fraud', ['Deployed'])).rejects.toBeInstanceOf(InvalidArgument);
  });

  it('when renamed, then versions, aliases and tags answer under the new name only', async () => {
    const { registry } = setup();
    await readyVersion(registry);
    await registry.models.setTag('fraud', { key: 'team', value: 'risk' }, ctx);
    await registry.promotions.setAlias('fraud', 'prod', '1', ctx);
    const renamed = await registry.models.rename('fraud', 'fraud-v2', ctx);
    expect(renamed).toMatchObject({ name: 'fraud-v2', tags: [{ key: 'team', value: 'risk' }], aliases: [{ alias: 'prod', version: 1 }] });
    await expect(registry.models.get('fraud')).rejects.toBeInstanceOf(NotFound);
    expect((await registry.promotions.versionByAlias('fraud-v2', 'prod')).name).toBe('fraud-v2');
  });
});
