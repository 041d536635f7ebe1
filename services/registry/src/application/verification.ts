import { ArtifactVerifier } from './ports';

export interface VerificationOutcome {
  ok: boolean;
  /** Why it failed (the version's status message), or undefined when the artifacts were found. */
  reason?: string;
}

export interface VerificationOptions {
  /** How long a version may wait for its artifacts, from its creation. */
  timeoutMs: number;
  /** First pause between checks; doubles up to `maxIntervalMs`. */
  intervalMs?: number;
  maxIntervalMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Checks a new version's artifacts in the background: looks for the MLmodel file until it is there or the
 * deadline passes (a client may still be uploading; tracking may be briefly down), then reports once. Runs are
 * tracked so shutdown can stop them; a stopped check reports nothing and the version stays PENDING_REGISTRATION,
 * to be checked again after the restart (RegistryService.resumeVerifications).
 */
export class ArtifactVerification {
  private readonly running = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();

  constructor(
    private readonly verifier: ArtifactVerifier,
    private readonly options: VerificationOptions,
  ) {}

  /** Starts checking `key` (one check per key at a time); `report` receives the outcome unless stopped first. */
  start(key: string, location: string, createdAt: number, report: (outcome: VerificationOutcome) => Promise<void>): void {
    if (this.running.has(key) || this.abort.signal.aborted) return;
    const task = this.verify(location, createdAt)
      .then((outcome) => (outcome && !this.abort.signal.aborted ? report(outcome) : undefined))
      .finally(() => this.running.delete(key));
    this.running.set(key, task.catch(() => undefined));
  }

  /** Resolves when every running check has finished (tests, and shutdown after stop()). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.idle();
  }

  private async verify(location: string, createdAt: number): Promise<VerificationOutcome | undefined> {
    const now = this.options.now ?? Date.now;
    const sleep = this.options.sleep ?? defaultSleep;
    const deadline = createdAt + this.options.timeoutMs;
    let interval = this.options.intervalMs ?? 250;
    let reason = 'the artifacts were not checked';
    for (;;) {
      if (this.abort.signal.aborted) return undefined;
      try {
        const check = await this.verifier.check(location);
        if (check.ok) return { ok: true };
        reason = check.reason;
        if (check.final) return { ok: false, reason };
      } catch (error) {
        reason = `the artifact check failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (now() + interval > deadline) break;
      await sleep(interval, this.abort.signal);
      interval = Math.min(interval * 2, this.options.maxIntervalMs ?? 5_000);
    }
    return { ok: false, reason: `${reason} (gave up after ${this.options.timeoutMs} ms)` };
  }
}
