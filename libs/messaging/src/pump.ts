/**
 * A loop that runs only when there is work: `kick()` starts `work` unless it is already running, and it is
 * started again if work arrived just as it finished. Never two at once, so whatever it does stays in order.
 */
export class Pump {
  private running: Promise<void> | undefined;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly hasWork: () => boolean,
    private readonly onError: (error: unknown) => void,
  ) {}

  kick(): void {
    if (this.running) return;
    this.running = this.work()
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.running = undefined;
        if (this.hasWork()) this.kick();
      });
  }

  /** Resolves once it is not running (errors went to `onError`). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }
}
