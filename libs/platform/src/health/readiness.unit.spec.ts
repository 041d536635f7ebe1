import { Readiness, ReadinessReport } from './readiness';

describe('readiness', () => {
  it('while starting is not ready even when every check passes', async () => {
    const readiness = new Readiness();
    readiness.register('postgres', async () => undefined);
    expect(await readiness.report()).toMatchObject({ ready: false, phase: 'starting', failing: ['starting'] });
  });

  it('when running with passing checks is ready', async () => {
    const readiness = new Readiness();
    readiness.register('postgres', async () => undefined);
    readiness.markRunning();
    expect(await readiness.report()).toEqual({ ready: true, phase: 'running', checks: { postgres: { status: 'ok' } }, failing: [] });
  });

  it('with a failing check names it and its error', async () => {
    const readiness = new Readiness();
    readiness.register('postgres', async () => undefined);
    readiness.register('kafka', async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:19092');
    });
    readiness.markRunning();
    const report = await readiness.report();
    expect(report.ready).toBe(false);
    expect(report.failing).toEqual(['kafka']);
    expect(report.checks.kafka).toEqual({ status: 'failed', error: 'connect ECONNREFUSED 127.0.0.1:19092' });
  });

  it('with a check that hangs fails it after the time limit', async () => {
    const readiness = new Readiness({ checkTimeoutMs: 20 });
    readiness.register('kafka', () => new Promise(() => undefined));
    readiness.markRunning();
    expect((await readiness.report()).checks.kafka).toEqual({ status: 'failed', error: 'no answer within 20 ms' });
  });

  it('once stopping is not ready and tells its listeners once', async () => {
    const readiness = new Readiness();
    const listener = jest.fn();
    readiness.onStopping(listener);
    readiness.markRunning();
    readiness.markStopping();
    readiness.markStopping();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(await readiness.report()).toMatchObject({ ready: false, failing: ['stopping'] });
  });

  it('reports verdict changes, not every probe', async () => {
    const changes: ReadinessReport[] = [];
    const readiness = new Readiness({ onChange: (report) => changes.push(report) });
    let up = true;
    readiness.register('kafka', async () => {
      if (!up) throw new Error('down');
    });
    readiness.markRunning();
    await readiness.report();
    await readiness.report();
    up = false;
    await readiness.report();
    expect(changes.map((report) => report.ready)).toEqual([true, false]);
  });
});
