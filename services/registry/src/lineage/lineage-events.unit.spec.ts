import { randomUUID } from 'node:crypto';
import { CairnEvent, InvalidArgument } from '@cairn/contracts';
import { TrackingEvents } from '../../../../libs/contracts/src/events/tracking';
import { lineageWriteOf, TRACKING_EVENT_TYPES } from './lineage-events';

const envelope = (type: string, stream: string, data: unknown, version = 1): CairnEvent =>
  ({
    id: randomUUID(),
    type,
    stream,
    version,
    occurredAt: '2026-01-02T03:04:05.000Z',
    actor: 'user:ada',
    causationId: null,
    correlationId: 'c',
    traceparent: null,
    data,
  }) as CairnEvent;

describe('the tracking event list', () => {
  it("names exactly the contracts' tracking events, so lineageWriteOf places every one", () =>
    expect([...TRACKING_EVENT_TYPES].sort()).toEqual(Object.keys(TrackingEvents).sort()));
});

describe('lineageWriteOf', () => {
  it('turns RunCreated into a run-created write ordered by the run stream version', () => {
    const data = { runId: 'r1', experimentId: '7', runName: 'bold-owl', startTime: 1000 };
    expect(lineageWriteOf(envelope('RunCreated', 'run-r1', data, 1))).toEqual({
      kind: 'run-created',
      origin: { runId: 'r1', streamVersion: 1, occurredAt: new Date('2026-01-02T03:04:05.000Z') },
      data,
    });
  });

  it.each([
    ['RunFinished', 'run-finished', { runId: 'r1', experimentId: '7', status: 'FAILED', endTime: 5 }],
    ['DatasetLogged', 'dataset-logged', { runId: 'r1', name: 'train', digest: 'abc', context: 'training' }],
    ['ModelLogged', 'model-logged', { runId: 'r1', modelId: 'm-1', artifactUri: 'file:///a' }],
  ])('turns %s into a %s write', (type, kind, data) =>
    expect(lineageWriteOf(envelope(type, 'run-r1', data, 4))).toMatchObject({ kind, data, origin: { runId: 'r1', streamVersion: 4 } }),
  );

  it('takes the run from the stream when a ModelLogged carries no run id', () =>
    expect(lineageWriteOf(envelope('ModelLogged', 'run-r9', { modelId: 'm-1', artifactUri: 'file:///a' }))).toMatchObject({
      origin: { runId: 'r9' },
    }));

  it('ignores events that are not tracking events (other services may add types to the topic)', () => {
    expect(lineageWriteOf(envelope('ProbeRecorded', 'probe-1', { sequence: 1 }))).toBeUndefined();
    expect(lineageWriteOf(envelope('RegisteredModelCreated', 'model-fraud', { name: 'fraud', tags: [] }))).toBeUndefined();
  });

  it.each([
    ['another run', 'run-r2'],
    ['a stream that is not a run', 'experiment-7'],
    ['an unknown category', 'x-r1'],
  ])('rejects a tracking event on %s as a bad message (InvalidArgument: dead-lettered)', (_what, stream) => {
    const attempt = () => lineageWriteOf(envelope('DatasetLogged', stream, { runId: 'r1', name: 'train', digest: 'abc' }));
    expect(attempt).toThrow(InvalidArgument);
    expect(attempt).toThrow(expect.objectContaining({ code: 'REGISTRY.LINEAGE_STREAM_MISMATCH' }));
  });
});
