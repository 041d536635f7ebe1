import { InvalidArgument } from '@cairn/contracts';
import { sampledPointIndices, validateBulkIntervalQuery } from './metric-history-rules';

describe('sampledPointIndices (get-history-bulk-interval, per run)', () => {
  // Positions MLflow 3.17.2's SqlAlchemyStore returned for the same (points, max_results), read off a live store.
  it.each([
    [0, 10, []],
    [1, 1, [0]],
    [2, 1, [1]],
    [3, 2, [0, 2]],
    [7, 3, [0, 3, 6]],
    [7, 4, [0, 2, 4, 6]],
    [10, 3, [0, 4, 9]],
    [10, 4, [0, 3, 6, 9]],
    [11, 4, [0, 3, 6, 10]],
    [25, 10, [0, 3, 6, 9, 12, 15, 17, 19, 21, 24]],
    [101, 4, [0, 26, 51, 100]],
  ])('given %i points and max_results %i, keeps positions %j as MLflow does', (total, maxResults, expected) => {
    expect(sampledPointIndices(total, maxResults)).toEqual(expected);
  });

  it('given no more points than max_results, keeps every point', () => {
    expect(sampledPointIndices(5, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(sampledPointIndices(5, 320)).toEqual([0, 1, 2, 3, 4]);
  });

  it('given max_results 1, keeps only the last point (the max step)', () => {
    expect(sampledPointIndices(1000, 1)).toEqual([999]);
  });

  it('for every size, keeps the first and last points, at most max_results, ascending and distinct', () => {
    const broken: string[] = [];
    for (let total = 1; total <= 120; total += 1) {
      for (const maxResults of [1, 2, 3, 5, 16, 99, 320]) {
        const kept = sampledPointIndices(total, maxResults);
        const ok =
          kept.length === Math.min(total, maxResults) &&
          kept.at(-1) === total - 1 &&
          (maxResults === 1 || kept[0] === 0) &&
          kept.every((index, i) => i === 0 || index > kept[i - 1]);
        if (!ok) broken.push(`${total}/${maxResults}: ${kept.join(',')}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('spreads the kept points evenly: gaps differ by at most one, bar the last', () => {
    const kept = sampledPointIndices(1_000_003, 320);
    const gaps = kept.slice(1, -1).map((index, i) => index - kept[i]);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });
});

describe('validateBulkIntervalQuery', () => {
  it('without max_results, samples up to MLflow’s 2,500 points per run', () => {
    expect(validateBulkIntervalQuery({ runIds: ['r'], metricKey: 'k' }).maxResults).toBe(2500);
  });

  it('max_results above 2,500 returns INVALID_PARAMETER_VALUE with MLflow’s message', () => {
    expect(() => validateBulkIntervalQuery({ runIds: ['r'], metricKey: 'k', maxResults: 2501 })).toThrow(InvalidArgument);
    expect(() => validateBulkIntervalQuery({ runIds: ['r'], metricKey: 'k', maxResults: 2501 })).toThrow(
      'max_results must be between 1 and 2500.',
    );
  });
});
