import { planSteps } from './received-message';

const readable = (item: string) => !item.startsWith('bad');

describe('splitting a partition batch into steps', () => {
  it('runs of readable messages share a step, at most max each, in order', () => {
    expect(planSteps(['a', 'b', 'c', 'd', 'e'], readable, 2)).toEqual([
      { kind: 'together', items: ['a', 'b'] },
      { kind: 'together', items: ['c', 'd'] },
      { kind: 'together', items: ['e'] },
    ]);
  });

  it('an unreadable message stands alone where it was, between the runs around it', () => {
    expect(planSteps(['bad1', 'a', 'b', 'bad2', 'bad3', 'c'], readable, 50)).toEqual([
      { kind: 'unreadable', item: 'bad1' },
      { kind: 'together', items: ['a', 'b'] },
      { kind: 'unreadable', item: 'bad2' },
      { kind: 'unreadable', item: 'bad3' },
      { kind: 'together', items: ['c'] },
    ]);
  });

  it('max 1 gives one transaction per message', () => {
    expect(planSteps(['a', 'b'], readable, 1)).toEqual([
      { kind: 'together', items: ['a'] },
      { kind: 'together', items: ['b'] },
    ]);
  });

  it('an empty batch has no steps', () => {
    expect(planSteps([], readable, 5)).toEqual([]);
  });
});
