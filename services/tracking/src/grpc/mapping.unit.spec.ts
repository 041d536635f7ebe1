import { loadProto, NotFound } from '@cairn/contracts';
import { contextFromMetadata, lookupService } from '@cairn/platform';
import { Metadata, ServerUnaryCall, ServiceError, status } from '@grpc/grpc-js';
import { LoggedModelsStore } from '../application/logged-models-store';
import { TrackingStore } from '../application/tracking-store';
import { RunInfo } from '../domain/model';
import { int64, metric, optionalInt64, orUndefined, positiveOrUndefined, runStatus, viewType } from './from-proto';
import { TRACKING_PROTO, TRACKING_SERVICE } from './names';
import { experimentMessage, runInfoMessage, runStatusMessage } from './to-proto';
import { trackingHandlers } from './tracking.grpc';
import { wrapWith } from './wrap';

const info: RunInfo = {
  runId: 'r1',
  runName: 'brave-owl',
  experimentId: '7',
  userId: 'ada',
  status: 'RUNNING',
  startTime: 1_700_000_000_000,
  endTime: null,
  artifactUri: 'mlflow-artifacts:/7/r1/artifacts',
  lifecycleStage: 'active',
};

describe('protobuf requests → store arguments', () => {
  it('treats empty strings and max_results 0 as absent, so the core applies its defaults', () => {
    expect([orUndefined(''), orUndefined(null), orUndefined('x')]).toEqual([undefined, undefined, 'x']);
    expect([positiveOrUndefined(0), positiveOrUndefined(5)]).toEqual([undefined, 5]);
  });

  it('reads int64 decimal strings exactly and refuses values a JS number cannot hold', () => {
    expect(int64('1700000000123', 'timestamp')).toBe(1_700_000_000_123);
    expect(optionalInt64(undefined, 'end_time')).toBeUndefined();
    expect(() => int64('9007199254740993', 'step')).toThrow(expect.objectContaining({ kind: 'INVALID_ARGUMENT' }));
  });

  it('maps RunStatus and ViewType names; UNSPECIFIED is "not given" and an unknown number is INVALID_ARGUMENT', () => {
    expect(runStatus('RUN_STATUS_FINISHED')).toBe('FINISHED');
    expect(runStatus('RUN_STATUS_UNSPECIFIED')).toBeUndefined();
    expect(() => runStatus(42)).toThrow(expect.objectContaining({ kind: 'INVALID_ARGUMENT', code: 'TRACKING.INVALID_REQUEST' }));
    expect(viewType('VIEW_TYPE_ALL')).toBe('ALL');
    expect(viewType('VIEW_TYPE_UNSPECIFIED')).toBeUndefined();
    expect(() => viewType(9)).toThrow(expect.objectContaining({ kind: 'INVALID_ARGUMENT' }));
  });

  it('stamps a metric without timestamp with the command time and keeps NaN', () => {
    expect(metric({ key: 'loss', value: NaN, step: '3' }, 42)).toEqual({ key: 'loss', value: NaN, timestamp: 42, step: 3 });
    expect(metric({ key: 'loss', value: 1, timestamp: '7', step: '0' }, 42).timestamp).toBe(7);
  });

  it('takes actor, correlation id and traceparent from the metadata', () => {
    const metadata = new Metadata();
    metadata.set('x-cairn-actor', 'user:ada');
    metadata.set('x-request-id', 'req-1');
    metadata.set('traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    expect(contextFromMetadata(metadata, 5)).toEqual({
      actor: 'user:ada',
      correlationId: 'req-1',
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      now: 5,
    });
    expect(contextFromMetadata(new Metadata(), 5)).toMatchObject({ actor: 'grpc-client', traceparent: null, correlationId: expect.any(String) });
  });
});

describe('store entities → protobuf responses', () => {
  it('omits end_time while a run has not ended and names enums as the proto does', () => {
    expect(runInfoMessage(info)).not.toHaveProperty('end_time');
    expect(runInfoMessage({ ...info, status: 'FINISHED', endTime: 9 })).toMatchObject({ status: 'RUN_STATUS_FINISHED', end_time: 9 });
    expect(runStatusMessage('KILLED')).toBe('RUN_STATUS_KILLED');
    expect(
      experimentMessage({ experimentId: '7', name: 'e', artifactLocation: 'a', lifecycleStage: 'deleted', creationTime: 1, lastUpdateTime: 2, tags: [] }),
    ).toMatchObject({ lifecycle_stage: 'LIFECYCLE_STAGE_DELETED', creation_time: 1 });
  });

  it('carries NaN and ±Infinity through the protobuf encoding natively', () => {
    const method = lookupService(loadProto(TRACKING_PROTO), TRACKING_SERVICE).GetMetricHistory;
    const values = [NaN, Infinity, -Infinity];
    const bytes = method.responseSerialize({ metrics: values.map((value, step) => ({ key: 'm', value, timestamp: 1, step })) });
    const decoded = method.responseDeserialize(bytes) as { metrics: Array<{ value: number }> };
    expect(decoded.metrics.map((m) => m.value)).toEqual(values);
  });
});

describe('handler error mapping', () => {
  const call = (request: unknown) => ({ request, metadata: new Metadata(), getPath: () => '/x/GetRun' }) as unknown as ServerUnaryCall<unknown, unknown>;
  const invoke = (store: Partial<TrackingStore>, onInternal = jest.fn()) =>
    new Promise<{ error: ServiceError | null; onInternal: jest.Mock }>((resolve) =>
      trackingHandlers(store as TrackingStore, {} as LoggedModelsStore, wrapWith(onInternal)).GetRun(call({ run_id: 'r1' }) as never, (error) =>
        resolve({ error: error as ServiceError | null, onInternal }),
      ),
    );

  it('a CairnError keeps its kind as the gRPC status and its code in the trailer', async () => {
    const { error, onInternal } = await invoke({ getRun: () => Promise.reject(new NotFound('TRACKING.RUN_NOT_FOUND', 'Run with id=r1 not found')) });
    expect(error?.code).toBe(status.NOT_FOUND);
    expect(error?.metadata.get('cairn-error-code')).toEqual(['TRACKING.RUN_NOT_FOUND']);
    expect(onInternal).not.toHaveBeenCalled();
  });

  it('an unexpected exception is INTERNAL without its message, and is handed to the logger', async () => {
    const { error, onInternal } = await invoke({ getRun: () => Promise.reject(new Error('pool exploded')) });
    expect(error?.code).toBe(status.INTERNAL);
    expect(error?.details).toBe('internal error');
    expect(onInternal).toHaveBeenCalledWith(expect.objectContaining({ message: 'pool exploded' }), expect.anything());
  });
});
