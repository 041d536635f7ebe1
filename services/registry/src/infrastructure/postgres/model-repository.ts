import { Conflict, NewEvent, parseEventData } from '@cairn/contracts';
import { appendInTransaction, EventStore, retryOnWriteRace } from '@cairn/event-store';
import { Pool, withTransaction } from '@cairn/postgres';
import { CommandContext, Executed, ModelRepository } from '../../application/ports';
import {
  CommandMetadata,
  decide,
  decideRename,
  evolveAll,
  modelStream,
  RegisteredModelState,
  RegistryCommand,
  RegistryEvent,
  RenameRegisteredModel,
} from '../../domain';
import { project, ProjectedEvent } from './projector';

interface Append {
  stream: string;
  events: RegistryEvent[];
  /** The stream's version when it was read (0: no stream). */
  expected: number;
}

/**
 * The event-sourced write side. A command reads `model-<name>`, folds it with the domain's `evolveAll`, runs
 * `decide`, and commits in ONE transaction: the read-model projection first, then `appendInTransaction` with the
 * version it read as the expected version (appending last keeps the event store's append lock short). If another
 * writer appended in between, the append fails, the transaction rolls back (projection included) and the command
 * is re-read and re-decided, up to `maxAttempts`; then CONFLICT (409 ABORTED) is reported. No write is lost.
 */
export class PostgresModelRepository implements ModelRepository {
  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly maxAttempts = 5,
  ) {}

  async load(name: string): Promise<RegisteredModelState> {
    return (await this.read(name)).state;
  }

  execute(command: RegistryCommand, context: CommandContext, requestId?: string): Promise<Executed> {
    const metadata = commandMetadata(context, requestId);
    const stream = modelStream(command.data.name);
    return this.retrying(command.data.name, async () => {
      const { state, version } = await this.read(command.data.name);
      const events = decide(command, state, metadata);
      if (events.length > 0) await this.commit([{ stream, events, expected: version }], context);
      return { events, state: evolveAll(events, state) };
    });
  }

  /** Closing the books: the old stream's last event and the new stream's first, one transaction, both versions checked. */
  async rename(command: RenameRegisteredModel, context: CommandContext): Promise<void> {
    const metadata = commandMetadata(context);
    await this.retrying(command.data.name, async () => {
      const [from, to] = await Promise.all([this.read(command.data.name), this.read(command.data.newName)]);
      const decision = decideRename(command, from.state, to.state, metadata);
      if (decision.old.events.length === 0) return;
      await this.commit(
        [
          { ...decision.old, expected: from.version },
          { ...decision.new, expected: to.version },
        ],
        context,
      );
    });
  }

  private async read(name: string): Promise<{ state: RegisteredModelState; version: number }> {
    const stored = await this.store.readStream(modelStream(name));
    return { state: evolveAll(stored.map(({ type, data }) => ({ type, data }) as RegistryEvent)), version: stored.length };
  }

  private async commit(appends: Append[], context: CommandContext): Promise<void> {
    const occurredAt = new Date(context.now).toISOString();
    const envelope = { actor: context.actor, correlationId: context.correlationId, traceparent: context.traceparent, occurredAt };
    // The event store validates and normalises data on append (defaults filled in); project exactly that, so
    // the live read models equal a rebuild from the store.
    const normalised = (event: RegistryEvent): ProjectedEvent =>
      ({ type: event.type, data: parseEventData(event.type, event.data), occurredAt }) as ProjectedEvent;
    await withTransaction(this.pool, async (client) => {
      await project(client, appends.flatMap((append) => append.events.map(normalised)));
      for (const append of appends) {
        const events: NewEvent[] = append.events.map((event) => ({ ...event, metadata: envelope }));
        await appendInTransaction(client, append.stream, events, append.expected === 0 ? 'no_stream' : append.expected);
      }
    });
  }

  private retrying<T>(name: string, attempt: () => Promise<T>): Promise<T> {
    return retryOnWriteRace(attempt, this.maxAttempts, (tries) =>
      new Conflict(
        'REGISTRY.CONCURRENT_MODIFICATION',
        `Registered Model (name=${name}) was changed concurrently ${tries} times while this request was applied; nothing was written. Retry the request.`,
        { name, attempts: tries },
      ),
    );
  }
}

function commandMetadata(context: CommandContext, requestId?: string): CommandMetadata {
  return { now: new Date(context.now), actor: context.actor, requestId };
}
