import type { EventRelay } from '@cairn/messaging';
import { Gauge, Registry } from 'prom-client';

/**
 * `cairn_relay_last_position` and `cairn_relay_lag_events`, labelled by relay, computed at scrape time. Lag
 * costs one query (the store's head); a failed query keeps the previous value rather than failing the scrape.
 */
export function registerRelayMetrics(registry: Registry, relay: EventRelay, name: string): void {
  new Gauge({
    name: 'cairn_relay_last_position',
    help: 'Global position of the last event the relay published and checkpointed (0 before its first).',
    labelNames: ['relay'],
    registers: [registry],
    collect() {
      this.set({ relay: name }, Number(relay.lastPosition ?? 0n));
    },
  });
  new Gauge({
    name: 'cairn_relay_lag_events',
    help: 'Events in the store the relay has not passed yet: head position minus its last position.',
    labelNames: ['relay'],
    registers: [registry],
    async collect() {
      const lag = await relay.lag().catch(() => undefined);
      if (lag !== undefined) this.set({ relay: name }, Number(lag));
    },
  });
}
