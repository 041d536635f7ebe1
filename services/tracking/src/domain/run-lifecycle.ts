import { InvalidArgument } from '@cairn/contracts';
import { LifecycleStage, RunStatus } from './model';

/** Decisions about a run's lifecycle; pure, so the adapters and SQL only carry them out. */
export const TERMINAL_STATUSES: readonly RunStatus[] = ['FINISHED', 'FAILED', 'KILLED'];

export function isTerminal(status: RunStatus): status is 'FINISHED' | 'FAILED' | 'KILLED' {
  return TERMINAL_STATUSES.includes(status);
}

/** A run finishes (and `RunFinished` is emitted) when its status first becomes terminal. */
export function finishesRun(previous: RunStatus, next: RunStatus | undefined): next is 'FINISHED' | 'FAILED' | 'KILLED' {
  return next !== undefined && isTerminal(next) && !isTerminal(previous);
}

export function requireActiveRun(runId: string, stage: LifecycleStage): void {
  if (stage !== 'active') {
    throw new InvalidArgument(
      'TRACKING.RUN_NOT_ACTIVE',
      `The run ${runId} must be in the 'active' state. Current state is ${stage}.`,
      { runId, stage },
    );
  }
}

export function requireActiveExperiment(experimentId: string, stage: LifecycleStage): void {
  if (stage !== 'active') {
    throw new InvalidArgument(
      'TRACKING.EXPERIMENT_NOT_ACTIVE',
      `The experiment ${experimentId} must be in the 'active' state. Current state is ${stage}.`,
      { experimentId, stage },
    );
  }
}
