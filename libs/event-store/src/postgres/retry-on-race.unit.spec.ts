import { CairnError, Conflict, InvalidArgument } from '@cairn/contracts';
import { isWriteRace, retryOnWriteRace } from './retry-on-race';

const wrongVersion = () => new CairnError('CONFLICT', 'EVENT_STORE.WRONG_EXPECTED_VERSION', 'stream moved on');
const uniqueViolation = () => Object.assign(new Error('duplicate key'), { code: '23505' });

describe('retrying a write that lost a race', () => {
  it('counts a wrong expected version and PostgreSQL race codes as races, nothing else', () => {
    expect(isWriteRace(wrongVersion())).toBe(true);
    expect(isWriteRace(uniqueViolation())).toBe(true);
    expect(isWriteRace(Object.assign(new Error('deadlock'), { code: '40P01' }))).toBe(true);
    expect(isWriteRace(new InvalidArgument('X.BAD', 'bad'))).toBe(false);
    expect(isWriteRace(Object.assign(new Error('syntax'), { code: '42601' }))).toBe(false);
  });

  it('tries again after a race and returns the first success', async () => {
    let calls = 0;
    const result = await retryOnWriteRace(async () => {
      calls += 1;
      if (calls < 3) throw wrongVersion();
      return 'written';
    }, 5, () => new Error('exhausted'));
    expect([result, calls]).toEqual(['written', 3]);
  });

  it("throws the caller's error after maxAttempts races, and any other error at once", async () => {
    let calls = 0;
    const losing = retryOnWriteRace(async () => {
      calls += 1;
      throw uniqueViolation();
    }, 3, (tries) => new Conflict('X.CONCURRENT', `lost ${tries} times`));
    await expect(losing).rejects.toMatchObject({ code: 'X.CONCURRENT', message: 'lost 3 times' });
    expect(calls).toBe(3);
    let other = 0;
    await expect(retryOnWriteRace(async () => { other += 1; throw new InvalidArgument('X.BAD', 'bad'); }, 5, () => new Error('no'))).rejects.toMatchObject({ code: 'X.BAD' });
    expect(other).toBe(1);
  });
});
