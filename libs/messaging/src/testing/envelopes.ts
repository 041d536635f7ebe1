import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@cairn/contracts';

/** A valid ProbeRecorded envelope as the relay would publish it; override anything to break it. */
export function probeEnvelope(sequence: number, overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    id: randomUUID(),
    type: 'ProbeRecorded',
    stream: 'probe-direct',
    version: sequence + 1,
    position: String(sequence + 1),
    occurredAt: new Date().toISOString(),
    actor: 'test',
    causationId: null,
    correlationId: 'c',
    traceparent: null,
    data: { sequence },
    ...overrides,
  };
}
