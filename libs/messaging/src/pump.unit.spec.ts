import { setImmediate as nextTurn } from 'node:timers/promises';
import { Pump } from './pump';

describe('a pump', () => {
  it('handles items pushed while it runs, in order, one run at a time', async () => {
    const queue: number[] = [];
    const done: number[] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const pump = new Pump(
      async () => {
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        while (queue.length > 0) {
          await nextTurn();
          done.push(queue.shift()!);
        }
        concurrent -= 1;
      },
      () => queue.length > 0,
      () => undefined,
    );
    for (let i = 0; i < 20; i += 1) {
      queue.push(i);
      pump.kick();
      if (i % 3 === 0) await nextTurn();
    }
    await pump.idle();
    expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(maxConcurrent).toBe(1);
  });

  it('reports a failure and can be kicked again', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const pump = new Pump(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('first');
      },
      () => false,
      (error) => errors.push(error),
    );
    pump.kick();
    await pump.idle();
    pump.kick();
    await pump.idle();
    expect(errors).toEqual([new Error('first')]);
    expect(calls).toBe(2);
  });
});
