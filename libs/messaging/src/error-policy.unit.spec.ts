import { Conflict, InvalidArgument, NotFound, PermissionDenied, Unavailable } from '@cairn/contracts';
import { DEFAULT_RETRY_POLICY, dispositionOf, retryDelayMs } from './error-policy';

describe('consumer failure policy', () => {
  it.each([
    ['InvalidArgument', new InvalidArgument('X', 'bad'), 'dead-letter'],
    ['NotFound', new NotFound('X', 'gone'), 'dead-letter'],
    ['PermissionDenied', new PermissionDenied('X', 'no'), 'dead-letter'],
    ['Unavailable', new Unavailable('X', 'down'), 'retry'],
    ['Conflict', new Conflict('X', 'raced'), 'retry'],
    ['a plain Error (INTERNAL)', new Error('boom'), 'retry'],
    ['a thrown string (INTERNAL)', 'boom', 'retry'],
  ])('%s → %s', (_name, error, expected) => {
    expect(dispositionOf(error)).toBe(expected);
  });

  it('backoff doubles from the initial delay, with jitter, and is capped', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, initialDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelayMs(policy, 1, () => 1)).toBe(100);
    expect(retryDelayMs(policy, 1, () => 0)).toBe(50);
    expect(retryDelayMs(policy, 3, () => 1)).toBe(400);
    expect(retryDelayMs(policy, 10, () => 1)).toBe(1000);
  });
});
