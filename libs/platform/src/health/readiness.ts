/**
 * Readiness: is this process able to do its work right now? Each dependency registers a named check (the
 * platform registers `postgres` and `kafka`; services add theirs). The process is ready when it has finished
 * starting, is not shutting down, and every check passes within its time limit.
 */
export type ReadinessCheck = () => Promise<void>;

export type Phase = 'starting' | 'running' | 'stopping';

export interface CheckResult {
  status: 'ok' | 'failed';
  error?: string;
}

export interface ReadinessReport {
  ready: boolean;
  phase: Phase;
  checks: Record<string, CheckResult>;
  failing: string[];
}

export interface ReadinessOptions {
  /** Each check's time limit; a dependency that hangs counts as failing. */
  checkTimeoutMs?: number;
  /** Called when the verdict flips (and on the first report), to log transitions rather than every probe. */
  onChange?: (report: ReadinessReport) => void;
}

export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private currentPhase: Phase = 'starting';
  private lastVerdict: boolean | undefined;
  private readonly stoppingListeners = new Set<() => void>();
  private readonly checkTimeoutMs: number;

  constructor(private readonly options: ReadinessOptions = {}) {
    this.checkTimeoutMs = options.checkTimeoutMs ?? 2_000;
  }

  register(name: string, check: ReadinessCheck): void {
    if (this.checks.has(name)) throw new Error(`readiness check "${name}" is already registered`);
    this.checks.set(name, check);
  }

  get phase(): Phase {
    return this.currentPhase;
  }

  markRunning(): void {
    if (this.currentPhase === 'starting') this.currentPhase = 'running';
  }

  /** From here on the process reports not ready, so balancers stop sending before the servers close. */
  markStopping(): void {
    if (this.currentPhase === 'stopping') return;
    this.currentPhase = 'stopping';
    for (const listener of [...this.stoppingListeners]) listener();
  }

  /** Runs `listener` when shutdown begins (e.g. to end long-lived streams); returns an unsubscribe function. */
  onStopping(listener: () => void): () => void {
    this.stoppingListeners.add(listener);
    return () => this.stoppingListeners.delete(listener);
  }

  async report(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => [name, await this.run(check)] as const),
    );
    const checks = Object.fromEntries(entries);
    const failing = entries.filter(([, result]) => result.status === 'failed').map(([name]) => name);
    if (this.currentPhase !== 'running') failing.unshift(this.currentPhase);
    const report = { ready: failing.length === 0, phase: this.currentPhase, checks, failing };
    if (report.ready !== this.lastVerdict) {
      this.lastVerdict = report.ready;
      this.options.onChange?.(report);
    }
    return report;
  }

  private async run(check: ReadinessCheck): Promise<CheckResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.checkTimeoutMs} ms`)), this.checkTimeoutMs);
    });
    try {
      await Promise.race([check(), timeout]);
      return { status: 'ok' };
    } catch (error) {
      return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
    }
  }
}
