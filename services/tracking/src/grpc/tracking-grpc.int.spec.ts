import { failure, testAdminToken, unaryCaller } from '@cairn/platform/grpc-testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadProto } from '@cairn/contracts';
import { credentials, status } from '@grpc/grpc-js';
import { ServiceOnTestDatabase, startServiceOnTestDatabase } from '../../../testing/service-on-test-database';
import type { ServiceProcess } from '../../../testing/service-process';
import type { ProtoGrpcType } from './generated/tracking';
import type { TrackingServiceClient } from './generated/cairn/tracking/v1/TrackingService';
import { TRACKING_PROTO } from './names';

/**
 * cairn.tracking.v1 against the real tracking service (a child process on a throwaway database owned by the app
 * role), through a grpc-js client built from the same proto; a few failures are compared with the MLflow REST
 * answer to the same bad input.
 */
jest.setTimeout(180_000);

let tracking: ServiceOnTestDatabase;
let svc: ServiceProcess;
let client: TrackingServiceClient;
let httpPort: number;
let artifactRoot: string;

const call = unaryCaller(() => client, 'user:ada');

async function rest(route: string, body: unknown): Promise<{ status: number; body: { error_code?: string; message?: string } }> {
  const response = await fetch(`http://127.0.0.1:${httpPort}/api/2.0/mlflow/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${testAdminToken()}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { error_code?: string; message?: string } };
}

beforeAll(async () => {
  artifactRoot = mkdtempSync(path.join(tmpdir(), 'cairn-grpc-artifacts-'));
  tracking = await startServiceOnTestDatabase('tracking', 'cairn_tracking_grpc', { CAIRN_ARTIFACT_ROOT: artifactRoot });
  ({ svc, httpPort } = tracking);
  const pkg = loadProto(TRACKING_PROTO) as unknown as ProtoGrpcType;
  client = new pkg.cairn.tracking.v1.TrackingService(tracking.grpcAddress, credentials.createInsecure());
}, 90_000);

afterAll(async () => {
  client?.close();
  await tracking?.stop();
  if (artifactRoot) rmSync(artifactRoot, { recursive: true, force: true });
});

describe('cairn.tracking.v1.TrackingService', () => {
  let experimentId: string;
  let runId: string;

  it('is served beside grpc.health.v1 on the service\'s one gRPC port', () => {
    expect(svc.line('service started')).toMatchObject({
      grpc_services: expect.arrayContaining(['grpc.health.v1.Health', 'cairn.tracking.v1.TrackingService']),
    });
  });

  it('creates an experiment and reads it back by id and by name', async () => {
    ({ experiment_id: experimentId } = await call('CreateExperiment', { name: 'grpc-fraud', tags: [{ key: 'team', value: 'risk' }] }));
    expect(experimentId).toMatch(/^\d+$/);
    const { experiment } = await call('GetExperimentByName', { experiment_name: 'grpc-fraud' });
    expect(experiment).toMatchObject({ experiment_id: experimentId, lifecycle_stage: 'LIFECYCLE_STAGE_ACTIVE', tags: [{ key: 'team', value: 'risk' }] });
    expect((await call('GetExperiment', { experiment_id: experimentId })).experiment?.name).toBe('grpc-fraud');
  });

  it('creates a run, logs metrics (NaN and Infinity included), params, tags and a batch', async () => {
    const { run } = await call('CreateRun', { experiment_id: experimentId, run_name: 'grpc-run', start_time: 1_000 });
    runId = run!.info!.run_id;
    expect(run!.info).toMatchObject({ run_name: 'grpc-run', status: 'RUN_STATUS_RUNNING', start_time: '1000', experiment_id: experimentId });
    expect(run!.info).not.toHaveProperty('end_time');

    await call('LogMetric', { run_id: runId, metric: { key: 'loss', value: NaN, timestamp: 10, step: 0 } });
    await call('LogParam', { run_id: runId, param: { key: 'alpha', value: '0.5' } });
    await call('SetTag', { run_id: runId, key: 'stage', value: 'dev' });
    await call('LogBatch', {
      run_id: runId,
      metrics: [
        { key: 'loss', value: 0.25, timestamp: 20, step: 1 },
        { key: 'loss', value: Infinity, timestamp: 30, step: 2 },
        { key: 'rmse', value: 0.3, step: 0 },
      ],
      params: [{ key: 'layers', value: '3' }],
      tags: [{ key: 'owner', value: 'ada' }],
    });
    await call('LogInputs', {
      run_id: runId,
      datasets: [{ tags: [{ key: 'mlflow.data.context', value: 'training' }], dataset: { name: 'tx', digest: 'abc', source_type: 'local', source: '/d' } }],
    });

    const { run: read } = await call('GetRun', { run_id: runId });
    expect(read!.data!.params).toEqual(expect.arrayContaining([{ key: 'alpha', value: '0.5' }, { key: 'layers', value: '3' }]));
    expect(read!.data!.tags).toEqual(expect.arrayContaining([{ key: 'stage', value: 'dev' }, { key: 'owner', value: 'ada' }]));
    expect(read!.data!.metrics.find((m) => m.key === 'loss')).toMatchObject({ value: Infinity, step: '2' });
    expect(read!.inputs!.dataset_inputs).toEqual([expect.objectContaining({ dataset: expect.objectContaining({ name: 'tx', digest: 'abc' }) })]);
  });

  it('returns the metric history with NaN and Infinity as native doubles', async () => {
    const { metrics, next_page_token } = await call('GetMetricHistory', { run_id: runId, metric_key: 'loss' });
    expect(metrics.map((m) => [m.step, m.value])).toEqual([
      ['0', NaN],
      ['1', 0.25],
      ['2', Infinity],
    ]);
    expect(next_page_token).toBe('');
  });

  it('searches runs with a metric filter and an order', async () => {
    for (const rmse of [0.9, 0.1]) {
      const { run } = await call('CreateRun', { experiment_id: experimentId });
      await call('LogMetric', { run_id: run!.info!.run_id, metric: { key: 'rmse', value: rmse } });
    }
    const { runs } = await call('SearchRuns', {
      experiment_ids: [experimentId],
      filter: 'metrics.rmse < 0.5',
      order_by: ['metrics.rmse ASC'],
      max_results: 10,
    });
    expect(runs.map((r) => r.data!.metrics.find((m) => m.key === 'rmse')!.value)).toEqual([0.1, 0.3]);
  });

  it('finishes the run with UpdateRun', async () => {
    const { run_info } = await call('UpdateRun', { run_id: runId, status: 'RUN_STATUS_FINISHED', end_time: 5_000 });
    expect(run_info).toMatchObject({ status: 'RUN_STATUS_FINISHED', end_time: '5000' });
    expect((await call('GetRun', { run_id: runId })).run!.info!.status).toBe('RUN_STATUS_FINISHED');
  });

  it('reads an MLflow 3 logged model with its artifact location and source run (the registry resolves models:/ with it)', async () => {
    const created = await rest('logged-models', {
      experiment_id: experimentId,
      name: 'clf',
      source_run_id: runId,
      params: [{ key: 'C', value: '1.0' }],
      tags: [{ key: 'team', value: 'risk' }],
    });
    const modelId = (created.body as { model?: { info?: { model_id?: string } } }).model?.info?.model_id;
    expect(modelId).toMatch(/^m-[0-9a-f]{32}$/);

    const { model } = await call('GetLoggedModel', { model_id: modelId! });
    expect(model).toMatchObject({
      model_id: modelId,
      experiment_id: experimentId,
      name: 'clf',
      artifact_uri: `mlflow-artifacts:/${experimentId}/models/${modelId}/artifacts`,
      status: 'LOGGED_MODEL_STATUS_PENDING',
      source_run_id: runId,
      tags: [{ key: 'team', value: 'risk' }],
      params: [{ key: 'C', value: '1.0' }],
    });
    expect(Number(model!.creation_timestamp)).toBeGreaterThan(0);

    const missing = await failure(call('GetLoggedModel', { model_id: `m-${'0'.repeat(32)}` }));
    expect(missing.code).toBe(status.NOT_FOUND);
    expect((await failure(call('GetLoggedModel', {}))).code).toBe(status.INVALID_ARGUMENT);
  });

  describe('errors, each with its status and the stable code in the cairn-error-code trailer', () => {
    it('a missing run is NOT_FOUND', async () => {
      const error = await failure(call('GetRun', { run_id: 'f'.repeat(32) }));
      expect(error.code).toBe(status.NOT_FOUND);
      expect(error.metadata.get('cairn-error-code')).toEqual(['TRACKING.RUN_NOT_FOUND']);
    });

    it('a duplicate experiment name is ALREADY_EXISTS, as REST answers RESOURCE_ALREADY_EXISTS', async () => {
      const error = await failure(call('CreateExperiment', { name: 'grpc-fraud' }));
      expect(error.code).toBe(status.ALREADY_EXISTS);
      const viaRest = await rest('experiments/create', { name: 'grpc-fraud' });
      expect(viaRest).toEqual({ status: 400, body: expect.objectContaining({ error_code: 'RESOURCE_ALREADY_EXISTS', message: error.details }) });
    });

    it('a bad filter is INVALID_ARGUMENT, as REST answers INVALID_PARAMETER_VALUE', async () => {
      const request = { experiment_ids: [experimentId], filter: 'metrics.rmse <<< 1' };
      const error = await failure(call('SearchRuns', request));
      expect(error.code).toBe(status.INVALID_ARGUMENT);
      const viaRest = await rest('runs/search', request);
      expect(viaRest).toEqual({ status: 400, body: expect.objectContaining({ error_code: 'INVALID_PARAMETER_VALUE', message: error.details }) });
    });

    it('logging a param again with another value is INVALID_ARGUMENT', async () => {
      const { run } = await call('CreateRun', { experiment_id: experimentId });
      const id = run!.info!.run_id;
      await call('LogParam', { run_id: id, param: { key: 'alpha', value: '0.5' } });
      const error = await failure(call('LogParam', { run_id: id, param: { key: 'alpha', value: '0.7' } }));
      expect(error.code).toBe(status.INVALID_ARGUMENT);
      const viaRest = await rest('runs/log-parameter', { run_id: id, key: 'alpha', value: '0.7' });
      expect(viaRest.body).toMatchObject({ error_code: 'INVALID_PARAMETER_VALUE', message: error.details });
    });

    it('a missing required field is INVALID_ARGUMENT, not UNKNOWN or INTERNAL', async () => {
      const error = await failure(call('GetRun', {}));
      expect(error.code).toBe(status.INVALID_ARGUMENT);
      expect(error.metadata.get('cairn-error-code')).toEqual(['TRACKING.MISSING_PARAMETER']);
    });

    it('a bad request then a good request still succeeds', async () => {
      await failure(call('GetMetricHistory', { run_id: runId, metric_key: 'loss', max_results: -1 }));
      const { metrics } = await call('GetMetricHistory', { run_id: runId, metric_key: 'loss' });
      expect(metrics).toHaveLength(3);
    });
  });
});
