import { CairnEvent, EventData, EventType, InvalidArgument, parseStreamName } from '@cairn/contracts';

/**
 * Tracking's events that carry lineage, as the consumer applies them: one pure function from an event to the write
 * it causes, so the SQL only carries it out (DESIGN.md principle 5).
 */

/** Every tracking event type (libs/contracts/src/events/tracking.ts); the unit spec checks this list against it. */
export const TRACKING_EVENT_TYPES = ['RunCreated', 'RunFinished', 'DatasetLogged', 'ModelLogged'] as const satisfies readonly EventType[];
export type TrackingEventType = (typeof TRACKING_EVENT_TYPES)[number];

type TrackingEvent = Extract<CairnEvent, { type: TrackingEventType }>;

export const LINEAGE_ERRORS = {
  /** A tracking event whose stream is not `run-<the run id in its data>`: tracking never appends one. */
  streamMismatch: 'REGISTRY.LINEAGE_STREAM_MISMATCH',
} as const;

/**
 * Where the write came from: the run stream's version of the event orders writes to the same row (an older event
 * never overwrites a newer one), and `occurredAt` is when tracking recorded it.
 */
export interface WriteOrigin {
  runId: string;
  streamVersion: number;
  occurredAt: Date;
}

export type LineageWrite =
  | { kind: 'run-created'; origin: WriteOrigin; data: EventData<'RunCreated'> }
  | { kind: 'run-finished'; origin: WriteOrigin; data: EventData<'RunFinished'> }
  | { kind: 'dataset-logged'; origin: WriteOrigin; data: EventData<'DatasetLogged'> }
  | { kind: 'model-logged'; origin: WriteOrigin; data: EventData<'ModelLogged'> };

function isTrackingEvent(event: CairnEvent): event is TrackingEvent {
  return (TRACKING_EVENT_TYPES as readonly string[]).includes(event.type);
}

/**
 * The write an event causes, or undefined for an event lineage does not use. Other services may put new event types
 * on the topic, so an event that is not a tracking event is ignored, not dead-lettered. A tracking event on a stream
 * that is not its run's is a bad message: InvalidArgument, which the consumer dead-letters.
 */
export function lineageWriteOf(event: CairnEvent): LineageWrite | undefined {
  if (!isTrackingEvent(event)) return undefined;
  const origin: WriteOrigin = { runId: runIdOf(event), streamVersion: event.version, occurredAt: new Date(event.occurredAt) };
  // Exhaustive: a tracking event type added to TRACKING_EVENT_TYPES fails to compile until it is applied or
  // deliberately ignored here.
  switch (event.type) {
    case 'RunCreated':
      return { kind: 'run-created', origin, data: event.data };
    case 'RunFinished':
      return { kind: 'run-finished', origin, data: event.data };
    case 'DatasetLogged':
      return { kind: 'dataset-logged', origin, data: event.data };
    case 'ModelLogged':
      return { kind: 'model-logged', origin, data: event.data };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

/** The run the event belongs to: its stream's aggregate id, which must agree with the run id in its data. */
function runIdOf(event: TrackingEvent): string {
  const stream = parseStreamName(event.stream);
  const claimed = event.data.runId;
  if (stream?.category !== 'run' || (claimed !== undefined && claimed !== stream.aggregateId)) {
    throw new InvalidArgument(
      LINEAGE_ERRORS.streamMismatch,
      `${event.type} of run ${claimed ?? '(none)'} arrived on stream ${event.stream}; tracking appends it to run-<run id>`,
      { type: event.type, stream: event.stream, runId: claimed },
    );
  }
  return stream.aggregateId;
}
