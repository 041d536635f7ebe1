import { EventMetadata, NewEvent } from '@cairn/contracts';
import { finishesRun } from './run-lifecycle';
import { Dataset, RunInfo, RunStatus } from './model';

/**
 * Tracking's coarse events (libs/contracts TrackingEvents), decided from state and a command; the caller appends
 * them in the transaction that writes the rows. Metric points and params never become events.
 */
export const runStream = (runId: string): string => `run-${runId}`;

export function runCreated(info: RunInfo, parentRunId: string | undefined, metadata: EventMetadata): NewEvent {
  return {
    type: 'RunCreated',
    data: {
      runId: info.runId,
      experimentId: info.experimentId,
      runName: info.runName || undefined,
      parentRunId,
      userId: info.userId || undefined,
      startTime: info.startTime,
    },
    metadata,
  };
}

export interface RunUpdate {
  status?: RunStatus;
  endTime?: number;
  runName?: string;
}

/** The update decider: the run's next info and the events it causes (RunFinished on the first terminal status). */
export function decideRunUpdate(
  previous: RunInfo,
  update: RunUpdate,
  metadata: EventMetadata,
): { next: RunInfo; events: NewEvent[] } {
  const next: RunInfo = {
    ...previous,
    status: update.status ?? previous.status,
    endTime: update.endTime ?? previous.endTime,
    runName: update.runName ?? previous.runName,
  };
  const events: NewEvent[] = [];
  if (finishesRun(previous.status, update.status)) {
    events.push({
      type: 'RunFinished',
      data: {
        runId: next.runId,
        experimentId: next.experimentId,
        status: update.status,
        endTime: next.endTime ?? undefined,
      },
      metadata,
    });
  }
  return { next, events };
}

export function datasetLogged(runId: string, dataset: Dataset, context: string | undefined, metadata: EventMetadata): NewEvent {
  return {
    type: 'DatasetLogged',
    data: {
      runId,
      name: dataset.name,
      digest: dataset.digest,
      sourceType: dataset.sourceType || undefined,
      source: dataset.source || undefined,
      context,
    },
    metadata,
  };
}
