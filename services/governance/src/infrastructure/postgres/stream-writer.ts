import { Conflict, NewEvent, parseEventData } from '@cairn/contracts';
import { appendInTransaction, EventStore, ExpectedVersion, retryOnWriteRace } from '@cairn/event-store';
import { Pool, withTransaction } from '@cairn/postgres';
import { CommandContext, Executed } from '../../application/ports';
import { auditRow, projection, run } from './projector';

type AnyEvent = { type: string; data: unknown };

/**
 * The write path both governance aggregates share (as the registry's model repository): read the stream, fold,
 * decide, then ONE transaction: the read-model projection, `appendInTransaction` with the version read as the
 * expected version, and the audit rows (they need the positions the append assigns, so they follow it; the
 * append lock is held for that one extra insert). A conflicting writer rolls everything back and the command is
 * re-read and re-decided, at most `maxAttempts` times; then CONFLICT (409 / ABORTED), nothing written.
 */
export class StreamWriter {
  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly maxAttempts = 5,
  ) {}

  async execute<E extends AnyEvent, S>(
    stream: string,
    fold: (events: readonly E[], state?: S) => S,
    decide: (state: S) => E[],
    context: CommandContext,
  ): Promise<Executed<E, S>> {
    return this.retrying(stream, async () => {
      const stored = await this.store.readStream(stream);
      const history = stored.map(({ type, data }) => ({ type, data }) as E);
      const state = fold(history);
      const events = decide(state);
      if (events.length === 0) return { events, state, history };
      const normalised = await this.commit(stream, events, stored.length === 0 ? 'no_stream' : stored.length, context);
      return { events: normalised, state: fold(normalised, state), history: [...history, ...normalised] };
    });
  }

  /** Appends without a decider (the access stream's refusals): any expected version, audited like the rest. */
  async appendAny(stream: string, events: AnyEvent[], context: CommandContext): Promise<void> {
    await this.commit(stream, events, 'any', context);
  }

  private async commit<E extends AnyEvent>(
    stream: string,
    events: E[],
    expected: ExpectedVersion,
    context: CommandContext,
  ): Promise<E[]> {
    const occurredAt = new Date(context.now).toISOString();
    const metadata = {
      actor: context.actor,
      correlationId: context.correlationId,
      traceparent: context.traceparent,
      occurredAt,
    };
    // The event store validates and normalises data on append (defaults filled in); project exactly that, so the
    // live read models equal a rebuild from the store.
    const normalised = events.map((event) => ({ type: event.type, data: parseEventData(event.type as never, event.data) }) as unknown as E);
    await withTransaction(this.pool, async (client) => {
      await run(client, normalised.flatMap(projection));
      const appended: NewEvent[] = normalised.map((event) => ({ ...event, metadata }));
      const result = await appendInTransaction(client, stream, appended, expected);
      await run(client, result.events.map(auditRow));
    });
    return normalised;
  }

  private retrying<T>(stream: string, attempt: () => Promise<T>): Promise<T> {
    // Jittered retries so two writers that collided (two approvers at once) do not collide again in lockstep.
    return retryOnWriteRace(attempt, this.maxAttempts, (tries) =>
      new Conflict(
        'GOVERNANCE.CONCURRENT_MODIFICATION',
        `${stream} was changed concurrently ${tries} times while this request was applied; nothing was written. Retry the request.`,
        { stream, attempts: tries },
      ),
    );
  }
}
