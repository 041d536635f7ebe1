import { Conflict, InvalidArgument } from '@cairn/contracts';
import { ExpectedVersion } from './port';

export function assertValidExpectedVersion(expected: ExpectedVersion): void {
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return;
  if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 0) {
    throw new InvalidArgument(
      'EVENT_STORE.INVALID_EXPECTED_VERSION',
      `expected version must be 'any', 'no_stream', 'stream_exists' or an integer >= 0, got ${String(expected)}`,
      { expected },
    );
  }
}

export function satisfiesExpectedVersion(expected: ExpectedVersion, actual: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 0;
    case 'stream_exists':
      return actual > 0;
    default:
      return actual === expected;
  }
}

export function wrongExpectedVersion(stream: string, expected: ExpectedVersion, actual: number): Conflict {
  return new Conflict(
    'EVENT_STORE.WRONG_EXPECTED_VERSION',
    `stream "${stream}" is at version ${actual}, expected ${String(expected)}`,
    { stream, expected, actual },
  );
}

/** Throws `Conflict('EVENT_STORE.WRONG_EXPECTED_VERSION')` unless a stream at `actual` satisfies `expected`. */
export function checkExpectedVersion(stream: string, expected: ExpectedVersion, actual: number): void {
  if (!satisfiesExpectedVersion(expected, actual)) throw wrongExpectedVersion(stream, expected, actual);
}
