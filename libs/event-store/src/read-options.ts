import { InvalidArgument } from '@cairn/contracts';

/** readAll's page size when the caller gives none: loop with `after` for more. */
export const DEFAULT_READ_ALL_COUNT = 1000;

export function intOption(value: number | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min) {
    throw new InvalidArgument('EVENT_STORE.INVALID_READ_OPTION', `${name} must be an integer >= ${min}`, {
      [name]: value,
    });
  }
  return value;
}

export function afterOption(after: bigint | undefined): bigint {
  if (after === undefined) return 0n;
  if (typeof after !== 'bigint' || after < 0n) {
    throw new InvalidArgument('EVENT_STORE.INVALID_READ_OPTION', 'after must be a bigint >= 0', {
      after: String(after),
    });
  }
  return after;
}
