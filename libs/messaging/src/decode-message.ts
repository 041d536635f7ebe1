import { CairnEvent, InvalidArgument, parseEvent } from '@cairn/contracts';

/**
 * Kafka bytes → a validated event. Every way a message can be unreadable is an InvalidArgument, so the
 * consumer dead-letters it at once (retrying cannot make bad bytes good).
 */
export function decodeMessage(value: Buffer | string | null): CairnEvent {
  if (value === null || value.length === 0) {
    throw new InvalidArgument('MESSAGING.EMPTY_MESSAGE', 'message has no value');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(value.toString());
  } catch (error) {
    throw new InvalidArgument(
      'MESSAGING.MALFORMED_JSON',
      `message value is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return parseEvent(raw);
}
