import { InvalidArgument } from '@cairn/contracts';
import { isNewerMetric, latestPerKey } from './latest-metric';
import { decodePageToken, encodePageToken } from './page-token';
import { decideRunUpdate } from './run-events';
import { RunInfo } from './model';
import { validateBatch, validateKey, validateParam } from './validation';

const metric = (key: string, step: number, timestamp: number, value: number) => ({ key, step, timestamp, value });

describe('page tokens', () => {
  it('round-trip an offset', () => expect(decodePageToken(encodePageToken(42))).toBe(42));
  it('absent token is offset 0', () => expect(decodePageToken(undefined)).toBe(0));
  it.each(['garbage!!', Buffer.from('{"o":-1}').toString('base64url'), Buffer.from('[]').toString('base64url')])(
    'bad token %p is INVALID_PARAMETER_VALUE',
    (token) => expect(() => decodePageToken(token)).toThrow(InvalidArgument),
  );
});

describe('latest metric rule', () => {
  it('max step wins, then max timestamp, then max value', () => {
    expect(isNewerMetric(metric('a', 2, 0, 0), metric('a', 1, 9, 9))).toBe(true);
    expect(isNewerMetric(metric('a', 1, 5, 0), metric('a', 1, 4, 9))).toBe(true);
    expect(isNewerMetric(metric('a', 1, 5, 2), metric('a', 1, 5, 1))).toBe(true);
    expect(isNewerMetric(metric('a', 1, 5, 1), metric('a', 1, 5, 1))).toBe(false);
  });
  it('NaN compares above numbers, as PostgreSQL orders it', () => {
    expect(isNewerMetric(metric('a', 1, 5, NaN), metric('a', 1, 5, 1))).toBe(true);
  });
  it('reduces a batch to one point per key', () => {
    expect(latestPerKey([metric('a', 1, 1, 1), metric('b', 0, 0, 0), metric('a', 3, 0, 7), metric('a', 2, 9, 9)])).toEqual([
      metric('a', 3, 0, 7),
      metric('b', 0, 0, 0),
    ]);
  });
});

describe('validation limits', () => {
  const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
  it('accepts MLflow-sized batches', () => {
    expect(() =>
      validateBatch({ metrics: many(1000, (i) => metric(`m${i}`, 0, 0, 1)), params: [], tags: [] }),
    ).not.toThrow();
  });
  it.each([
    [{ metrics: many(1001, (i) => metric(`m${i}`, 0, 0, 1)), params: [], tags: [] }, /at most 1000 metrics/],
    [{ metrics: [], params: many(101, (i) => ({ key: `p${i}`, value: '' })), tags: [] }, /at most 100 params/],
    [{ metrics: [], params: [], tags: many(101, (i) => ({ key: `t${i}`, value: '' })) }, /at most 100 tags/],
    [
      { metrics: many(950, (i) => metric(`m${i}`, 0, 0, 1)), params: many(100, (i) => ({ key: `p${i}`, value: '' })), tags: [] },
      /1000 metrics, params, and tags in total/,
    ],
    [{ metrics: [], params: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }], tags: [] }, /Duplicate parameter keys/],
  ])('rejects an oversized or inconsistent batch', (batch, message) => {
    expect(() => validateBatch(batch)).toThrow(message);
  });
  it('key names and value lengths', () => {
    expect(() => validateKey('metric', 'val/loss:1 a-b.c')).not.toThrow();
    expect(() => validateKey('metric', 'bad!')).toThrow(/Invalid metric name/);
    expect(() => validateKey('param', '../etc')).toThrow(InvalidArgument);
    expect(() => validateKey('param', 'k'.repeat(251))).toThrow(/maximum length of 250/);
    expect(() => validateParam({ key: 'p', value: 'v'.repeat(6001) })).toThrow(/exceeded length limit of 6000/);
  });
});

describe('run update decider', () => {
  const running: RunInfo = {
    runId: 'r1',
    runName: 'n',
    experimentId: '1',
    userId: 'u',
    status: 'RUNNING',
    startTime: 1,
    endTime: null,
    artifactUri: 'x',
    lifecycleStage: 'active',
  };
  const meta = { actor: 'a', correlationId: 'c' };
  it('given a running run, when it finishes, then RunFinished', () => {
    const { next, events } = decideRunUpdate(running, { status: 'FINISHED', endTime: 5 }, meta);
    expect(next).toMatchObject({ status: 'FINISHED', endTime: 5 });
    expect(events).toEqual([
      expect.objectContaining({ type: 'RunFinished', data: { runId: 'r1', experimentId: '1', status: 'FINISHED', endTime: 5 } }),
    ]);
  });
  it('given a finished run, when it is set to KILLED, then no second RunFinished', () => {
    expect(decideRunUpdate({ ...running, status: 'FINISHED' }, { status: 'KILLED' }, meta).events).toEqual([]);
  });
  it('given a running run, when only renamed, then no event', () => {
    const { next, events } = decideRunUpdate(running, { runName: 'm' }, meta);
    expect(next.runName).toBe('m');
    expect(events).toEqual([]);
  });
});
