import { NewEvent } from '@cairn/contracts';
import { Pool, withTransaction } from '@cairn/postgres';
import { assertValidExpectedVersion } from '../expected-version';
import { AppendResult, ExpectedVersion } from '../port';
import { prepareEvents } from '../prepare';
import { appendGroup, AppendOutcome } from './append';
import { AppendRequest } from './plan';

interface Pending extends AppendRequest {
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for one store instance. Appends are serialised by a lock held until commit, so each commit's disk
 * flush would otherwise cap throughput at one append per flush. Appends that arrive while a transaction is running
 * wait and then share the next transaction: each is still checked on its own (a failed check writes nothing and
 * fails only that append), and they become visible together at the one commit.
 */
export class GroupAppender {
  private queue: Pending[] = [];
  private running = false;

  constructor(
    private readonly pool: Pool,
    /** Upper bound on events per shared transaction, to keep lock hold times short. */
    private readonly maxEvents = 1000,
  ) {}

  append(stream: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    assertValidExpectedVersion(expected);
    const prepared = prepareEvents(stream, events);
    return new Promise((resolve, reject) => {
      this.queue.push({ stream, prepared, expected, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    void this.run(this.take()).finally(() => {
      this.running = false;
      this.drain();
    });
  }

  private take(): Pending[] {
    let events = 0;
    let count = 0;
    while (count < this.queue.length && (count === 0 || events + this.queue[count].prepared.length <= this.maxEvents)) {
      events += this.queue[count].prepared.length;
      count += 1;
    }
    return this.queue.splice(0, count);
  }

  private async run(group: Pending[]): Promise<void> {
    let outcomes: AppendOutcome[];
    try {
      outcomes = await withTransaction(this.pool, (client) => appendGroup(client, group));
    } catch (error) {
      if (group.length === 1) return group[0].reject(error);
      // The shared transaction rolled back: run each alone, so one append's failure cannot fail the others.
      for (const pending of group) await this.run([pending]);
      return;
    }
    outcomes.forEach((outcome, index) =>
      outcome.ok ? group[index].resolve(outcome.result) : group[index].reject(outcome.error),
    );
  }
}
