import { Conflict, InvalidArgument } from '@cairn/contracts';
import { assertValidExpectedVersion, checkExpectedVersion, satisfiesExpectedVersion } from './expected-version';
import { ExpectedVersion } from './port';

describe('expected version', () => {
  it.each<[ExpectedVersion, number, boolean]>([
    ['any', 0, true],
    ['any', 7, true],
    ['no_stream', 0, true],
    ['no_stream', 1, false],
    ['stream_exists', 0, false],
    ['stream_exists', 3, true],
    [0, 0, true],
    [0, 1, false],
    [3, 3, true],
    [3, 2, false],
    [3, 4, false],
  ])('%p against a stream at version %p is satisfied: %p', (expected, actual, ok) => {
    expect(satisfiesExpectedVersion(expected, actual)).toBe(ok);
  });

  it('a mismatch throws WRONG_EXPECTED_VERSION with the stream, expected and actual versions', () => {
    try {
      checkExpectedVersion('model-m', 2, 5);
      throw new Error('expected a conflict');
    } catch (error) {
      expect(error).toBeInstanceOf(Conflict);
      expect(error).toMatchObject({
        code: 'EVENT_STORE.WRONG_EXPECTED_VERSION',
        context: { stream: 'model-m', expected: 2, actual: 5 },
      });
    }
  });

  it.each([-1, 1.5, Number.NaN, 'latest' as unknown as number])(
    '%p is refused as INVALID_EXPECTED_VERSION',
    (value) => {
      expect(() => assertValidExpectedVersion(value)).toThrow(InvalidArgument);
    },
  );
});
