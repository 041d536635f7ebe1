import { BackgroundConsumerHost, BackgroundConsumerSettings, StartableConsumer } from './background-consumer-host';
import { createLogger, Logger } from './logger';

class TestHost extends BackgroundConsumerHost {
  constructor(consumer: StartableConsumer, logger: Logger, settings: BackgroundConsumerSettings) {
    super('test consumer', consumer, logger, settings);
  }
}

const settings = { groupId: 'g', topics: ['t'], restartDelayMs: 5 };
const logger = createLogger({ service: 'test', level: 'silent' });

/** A consumer whose first `failures` starts reject, as when Kafka is unreachable. */
function flakyConsumer(failures: number) {
  const calls: string[] = [];
  let left = failures;
  const consumer: StartableConsumer = {
    async start() {
      calls.push('start');
      if (left-- > 0) throw new Error('ECONNREFUSED');
    },
    async stop() {
      calls.push('stop');
    },
  };
  return { consumer, calls };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('BackgroundConsumerHost', () => {
  it('keeps trying to start in the background, resetting the consumer after each failure', async () => {
    const { consumer, calls } = flakyConsumer(2);
    const host = new TestHost(consumer, logger, settings);
    expect(host.onApplicationBootstrap()).toBeUndefined(); // does not hold up the app's start
    await until(() => calls.filter((call) => call === 'start').length === 3);
    await host.onModuleDestroy();
    expect(calls).toEqual(['start', 'stop', 'start', 'stop', 'start', 'stop']);
  });

  it('on shutdown stops retrying and stops the consumer', async () => {
    const { consumer, calls } = flakyConsumer(Number.POSITIVE_INFINITY);
    const host = new TestHost(consumer, logger, { ...settings, restartDelayMs: 60_000 });
    host.onApplicationBootstrap();
    await until(() => calls.length >= 2);
    await host.onModuleDestroy(); // does not wait out the minute-long pause
    expect(calls).toEqual(['start', 'stop', 'stop']);
  });
});
