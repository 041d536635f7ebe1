import type { EventStore } from '@cairn/event-store';
import { EventRelay, Logger } from '@cairn/messaging';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { Registry } from 'prom-client';
import { registerRelayMetrics } from './relay-metrics';
import { ServiceRelay } from './service-relay';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function gauge(text: string, metric: string): string | undefined {
  return text.split('\n').find((line) => line.startsWith(`${metric}{`));
}

describe('relay metrics', () => {
  it('show the last position and the lag, labelled by relay; a failed lag read keeps the last value', async () => {
    const registry = new Registry();
    let lag: () => Promise<bigint> = async () => 3n;
    const relay = { lastPosition: 7n, lag: () => lag() } as unknown as EventRelay;
    registerRelayMetrics(registry, relay, 'registry');

    let text = await registry.metrics();
    expect(gauge(text, 'cairn_relay_last_position')).toBe('cairn_relay_last_position{relay="registry"} 7');
    expect(gauge(text, 'cairn_relay_lag_events')).toBe('cairn_relay_lag_events{relay="registry"} 3');

    lag = () => Promise.reject(new Error('connection terminated'));
    text = await registry.metrics();
    expect(gauge(text, 'cairn_relay_lag_events')).toBe('cairn_relay_lag_events{relay="registry"} 3');
  });
});

describe('a service relay while Kafka is unreachable', () => {
  it('is not ready, naming the error, keeps trying, and stops without waiting for Kafka', async () => {
    let attempts = 0;
    const kafka = {
      admin: () => ({
        connect: async () => {
          attempts += 1;
          throw new Error('Connection error: connect ECONNREFUSED 127.0.0.1:1');
        },
        disconnect: async () => undefined,
      }),
    } as unknown as Kafka;
    const relay = new ServiceRelay({
      name: 'registry',
      schema: 'registry',
      categories: ['model'],
      store: {} as EventStore,
      kafka,
      pool: {} as Pool,
      metrics: new Registry(),
      logger: quiet,
      retryMs: 10,
    });
    await expect(relay.check()).rejects.toThrow('starting');
    await relay.start(); // settles after the first attempt, failed or not
    await expect(relay.check()).rejects.toThrow('not started: Connection error: connect ECONNREFUSED 127.0.0.1:1');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(attempts).toBeGreaterThan(1);
    await relay.stop();
    const after = attempts;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(attempts).toBe(after);
  });
});
