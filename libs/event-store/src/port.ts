import { EventEnvelope, NewEvent } from '@cairn/contracts';

/**
 * The event store port (DESIGN.md "Event store"). Two adapters implement it: PostgreSQL (default) and
 * EventStoreDB/KurrentDB. Both must pass the one contract suite in `testing/event-store.contract.ts`.
 *
 * Versions: a stream's version is the number of events in it; its first event has version 1.
 * Positions: the global order over all streams, as a bigint that only grows and never skips a committed event.
 */
export type ExpectedVersion =
  /** No check. */
  | 'any'
  /** The stream must not exist yet. */
  | 'no_stream'
  /** The stream must exist (have at least one event). */
  | 'stream_exists'
  /** The stream must currently be at exactly this version (0 = no stream). */
  | number;

export interface RecordedEvent<TType extends string = string, TData = unknown>
  extends EventEnvelope<TType, TData> {
  /** Global position, also exposed in the envelope as a decimal string. */
  globalPosition: bigint;
}

export interface AppendResult {
  /** The stream's version after the append. */
  nextExpectedVersion: number;
  /** Global position of the last event written (or already present, for an idempotent retry). */
  lastPosition: bigint;
  /** The events as stored, with their ids, versions and positions. */
  events: RecordedEvent[];
}

export interface ReadStreamOptions {
  /** First version to return (inclusive, default 1). */
  fromVersion?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Return events with a global position strictly greater than this (default: from the beginning). */
  after?: bigint;
  /** At most this many events (default 1000: a page; read again with `after` for more). */
  maxCount?: number;
}

export interface Subscription {
  /** Stops the subscription; resolves once no handler is running. */
  stop(): Promise<void>;
  /** Resolves when the subscription ends (stopped or failed); rejects with the handler's error if it failed. */
  readonly done: Promise<void>;
}

export interface SubscribeOptions {
  after?: bigint;
  /** Called for each event in global order; the subscription waits for the returned promise. */
  onEvent: (event: RecordedEvent) => Promise<void> | void;
  /** Called once the catch-up phase has delivered everything that existed when it started. */
  onCaughtUp?: () => void;
}

export interface VerifyResult {
  ok: boolean;
  /** Number of events checked. */
  checked: number;
  /** The chain's head: hash of the last event, hex. */
  headHash: string | null;
  headPosition: bigint | null;
  /** The first link that does not hold, if any. */
  firstBroken?: { position: bigint; reason: string };
  /** Set when the adapter cannot check everything (EventStoreDB keeps no hash chain): what was and was not checked. */
  note?: string;
}

export interface EventStore {
  /**
   * Appends events atomically to one stream. Throws `Conflict('EVENT_STORE.WRONG_EXPECTED_VERSION')` when the
   * stream is not at `expectedVersion`. Appending events whose ids are already stored, in the same stream and
   * order, is an idempotent retry and returns the original result; reusing an id elsewhere is a
   * `Conflict('EVENT_STORE.DUPLICATE_EVENT_ID')`. Each event's data is validated against its type's schema
   * (`InvalidArgument`, nothing written); an empty batch is an `InvalidArgument` too.
   */
  append(stream: string, events: NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Current version of a stream (0 when it does not exist). */
  streamVersion(stream: string): Promise<number>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * The newest global position readers may see now (0 for an empty store): what `readAll` and `subscribeToAll`
   * reach. Events held back from readers are not counted yet. A relay's lag is this minus its checkpoint.
   */
  headPosition(): Promise<bigint>;
  /** Catch-up from `after`, then live, in global order, never skipping an event committed late. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  /** Checks the tamper-evident hash chain over the global order. */
  verify(): Promise<VerifyResult>;
  close(): Promise<void>;
}
