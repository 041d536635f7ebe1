import { Conflict, NewEvent } from '@cairn/contracts';
import {
  APPEND_LOCK_SQL,
  appendPreparedInTransaction,
  EventStore,
  ExpectedVersion,
  isWriteRace,
  prepareEvents,
  retryOnWriteRace,
} from '@cairn/event-store';
import { Pool } from '@cairn/postgres';
import { CommandContext, Executed } from '../../application/ports';
import { auditRow, inlineBatch, projection } from './projector';

type AnyEvent = { type: string; data: unknown };

/**
 * The write path both governance aggregates share (as the registry's model repository): read the stream, fold,
 * decide, then ONE transaction: the read-model projection, `appendInTransaction` with the version read as the
 * expected version, and the audit rows (they need the positions the append assigns, so they follow it; the
 * append lock is held for that one extra insert). A conflicting writer rolls everything back and the command is
 * re-read and re-decided, at most `maxAttempts` times; then CONFLICT (409 / ABORTED), nothing written.
 *
 * Round trips of a commit: `BEGIN; <projection>; <append lock>` as one simple-protocol query (values inlined as
 * literals), the event store's state read and its insert, then `<audit rows>; COMMIT` as one query: four instead of
 * one per statement. A command that opens a stream (`assumeNew`: Evaluate with a fresh decision id) skips reading
 * it: it decides on the empty stream and appends expecting no stream; if the stream exists after all (a retry with
 * the same id), that append fails, nothing is written, and the command takes the ordinary read-decide path.
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
    options: { assumeNew?: boolean } = {},
  ): Promise<Executed<E, S>> {
    if (options.assumeNew) {
      try {
        return await this.attempt(stream, fold, decide, context, true);
      } catch (error) {
        // The stream exists (or a racing writer made it): read it and decide again, as any command does.
        if (!isWriteRace(error)) throw error;
      }
    }
    return this.retrying(stream, () => this.attempt(stream, fold, decide, context, false));
  }

  private async attempt<E extends AnyEvent, S>(
    stream: string,
    fold: (events: readonly E[], state?: S) => S,
    decide: (state: S) => E[],
    context: CommandContext,
    assumeNew: boolean,
  ): Promise<Executed<E, S>> {
    const stored = assumeNew ? [] : await this.store.readStream(stream);
    const history = stored.map(({ type, data }) => ({ type, data }) as E);
    const state = fold(history);
    const events = decide(state);
    if (events.length === 0) return { events, state, history };
    const normalised = await this.commit(stream, events, stored.length === 0 ? 'no_stream' : stored.length, context);
    return { events: normalised, state: fold(normalised, state), history: [...history, ...normalised] };
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
    // Validated and normalised once, before the transaction (an invalid event writes nothing): the read models get
    // exactly the data the store records (as it reads back), so the live read models equal a rebuild from the store.
    const appended: NewEvent[] = events.map((event) => ({ type: event.type, data: event.data, metadata }) as NewEvent);
    const prepared = prepareEvents(stream, appended);
    const normalised = prepared.map(({ type, data }) => ({ type, data }) as E);
    const dataJson = new Map(prepared.map((event) => [event.id, event.dataJson]));
    const client = await this.pool.connect();
    try {
      await client.query(`BEGIN;\n${inlineBatch(normalised.flatMap(projection))}${APPEND_LOCK_SQL}`);
      const result = await appendPreparedInTransaction(client, stream, prepared, expected, true);
      const audit = result.events.map((event) => auditRow({ ...event, dataJson: dataJson.get(event.id) }));
      await client.query(`${inlineBatch(audit)}COMMIT`);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
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
