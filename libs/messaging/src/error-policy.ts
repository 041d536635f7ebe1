import { asCairnError, ErrorKind } from '@cairn/contracts';

/**
 * What a consumer does when handling a message fails (STYLE.md rule 5: one table per transport).
 * `dead-letter`: the message itself is bad; retrying cannot help. `retry`: the world is (maybe) temporarily
 * wrong; try again with backoff, then dead-letter, so a poison message never blocks its partition for good.
 * A Record over ErrorKind, so a new kind fails to compile until it is placed here.
 */
export type FailureDisposition = 'dead-letter' | 'retry';

export const ERROR_KIND_DISPOSITION: Record<ErrorKind, FailureDisposition> = {
  INVALID_ARGUMENT: 'dead-letter',
  NOT_FOUND: 'dead-letter',
  ALREADY_EXISTS: 'dead-letter',
  FAILED_PRECONDITION: 'dead-letter',
  PERMISSION_DENIED: 'dead-letter',
  UNAUTHENTICATED: 'dead-letter',
  // Optimistic-concurrency clash with a concurrent writer: a re-read on the next attempt usually succeeds.
  CONFLICT: 'retry',
  UNAVAILABLE: 'retry',
  INTERNAL: 'retry',
};

export function dispositionOf(error: unknown): FailureDisposition {
  return ERROR_KIND_DISPOSITION[asCairnError(error).kind];
}

export interface RetryPolicy {
  /** Total attempts, the first included (1 = no retry). */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 200, maxDelayMs: 5000 };

/** Exponential backoff with full jitter, before attempt `attempt + 1` (attempt counts from 1). */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
