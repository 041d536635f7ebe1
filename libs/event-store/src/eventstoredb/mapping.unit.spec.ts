import { AllStreamResolvedEvent, ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import { prepareEvents } from '../prepare';
import { isSystem, toEventData, toExpectedRevision, toReadPosition, toRecorded, toVersion } from './mapping';

describe('EventStoreDB mapping', () => {
  it('maps expected versions to revisions: version N is revision N-1, version 0 is no_stream', () => {
    expect(toExpectedRevision('any')).toBe(ANY);
    expect(toExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toExpectedRevision('stream_exists')).toBe(STREAM_EXISTS);
    expect(toExpectedRevision(0)).toBe(NO_STREAM);
    expect(toExpectedRevision(1)).toBe(0n);
    expect(toExpectedRevision(10)).toBe(9n);
  });

  it('maps current revisions back to versions', () => {
    expect(toVersion(NO_STREAM)).toBe(0);
    expect(toVersion(0n)).toBe(1);
    expect(toVersion(41n)).toBe(42);
  });

  it('treats $-prefixed streams and types as system events', () => {
    expect(isSystem('$stats-127.0.0.1:2113', 'Stats')).toBe(true);
    expect(isSystem('$$probe-1', '$metadata')).toBe(true);
    expect(isSystem('probe-1', '$>')).toBe(true);
    expect(isSystem('probe-1', 'ProbeRecorded')).toBe(false);
  });

  it('resumes $all reads at the commit position (commit = prepare for gRPC-era appends)', () => {
    expect(toReadPosition(1234n)).toEqual({ commit: 1234n, prepare: 1234n });
  });

  it('writes our metadata plus $correlationId/$causationId, and reads it back into the envelope', () => {
    const [prepared] = prepareEvents('probe-esdb', [
      {
        id: 'aaaaaaaa-0000-4000-8000-000000000001',
        type: 'ProbeRecorded',
        data: { sequence: 1 },
        metadata: { actor: 'user:a', correlationId: 'c-1', causationId: 'x-1', occurredAt: '2026-11-23T10:00:00.000Z' },
      },
    ]);
    const data = toEventData(prepared);
    expect(data).toMatchObject({
      id: prepared.id,
      type: 'ProbeRecorded',
      contentType: 'application/json',
      data: { sequence: 1 },
    });
    expect(data.metadata).toMatchObject({
      actor: 'user:a',
      correlationId: 'c-1',
      $correlationId: 'c-1',
      $causationId: 'x-1',
    });

    const resolved = {
      event: {
        streamId: 'probe-esdb',
        id: prepared.id,
        isJson: true,
        revision: 2n,
        type: 'ProbeRecorded',
        created: new Date('2026-11-23T11:00:00.000Z'),
        data: { sequence: 1 },
        metadata: data.metadata,
        position: { commit: 777n, prepare: 777n },
      },
      commitPosition: 777n,
    } as unknown as AllStreamResolvedEvent;
    expect(toRecorded(resolved)).toEqual({
      id: prepared.id,
      type: 'ProbeRecorded',
      stream: 'probe-esdb',
      version: 3,
      position: '777',
      globalPosition: 777n,
      occurredAt: '2026-11-23T10:00:00.000Z',
      actor: 'user:a',
      causationId: 'x-1',
      correlationId: 'c-1',
      traceparent: null,
      data: { sequence: 1 },
    });
  });

  it('skips system events and links without a resolved event', () => {
    const system = {
      event: {
        streamId: '$settings',
        type: '$metadata',
        isJson: true,
        revision: 0n,
        position: { commit: 1n, prepare: 1n },
      },
    };
    expect(toRecorded(system as unknown as AllStreamResolvedEvent)).toBeUndefined();
    expect(toRecorded({ commitPosition: 5n } as AllStreamResolvedEvent)).toBeUndefined();
  });
});
