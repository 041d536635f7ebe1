import { randomUUID } from 'node:crypto';
import { CairnEvent, EventData } from '@cairn/contracts';

/**
 * Tracking's events as the relay publishes them (envelope + data), for the lineage tests: each builder takes the
 * run-stream version, so a test can lay out a run's stream and deliver it in any order.
 */
type Tracking = 'RunCreated' | 'RunFinished' | 'DatasetLogged' | 'ModelLogged';

export function trackingEvent<T extends Tracking>(type: T, version: number, data: EventData<T>, stream?: string): CairnEvent {
  const runId = (data as { runId?: string }).runId;
  return {
    id: randomUUID(),
    type,
    stream: stream ?? `run-${runId}`,
    version,
    position: String(version),
    occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, version)).toISOString(),
    actor: 'user:ada',
    causationId: null,
    correlationId: `c-${runId}`,
    traceparent: null,
    data,
  } as CairnEvent;
}

/** A whole run as tracking records it: created, two datasets, a logged model, finished. */
export function runStory(runId: string, experimentId = '7'): CairnEvent[] {
  return [
    trackingEvent('RunCreated', 1, { runId, experimentId, runName: `run-${runId}`, userId: 'ada', startTime: 1_000 }),
    trackingEvent('DatasetLogged', 2, { runId, name: 'train', digest: 'd-train', sourceType: 'local', source: 'file:///train.csv', context: 'training' }),
    trackingEvent('DatasetLogged', 3, { runId, name: 'eval', digest: 'd-eval', context: 'eval' }),
    trackingEvent('ModelLogged', 4, { runId, modelId: `m-${runId}`, name: 'model', artifactUri: `file:///models/m-${runId}`, experimentId, modelType: 'sklearn' }),
    trackingEvent('RunFinished', 5, { runId, experimentId, status: 'FINISHED', endTime: 9_000 }),
  ];
}
