import { setFlagsFromString } from 'node:v8';
import { startTelemetry } from './telemetry';

/**
 * What every service process does first, before the service itself is required: tune the heap, then start
 * telemetry (which must patch http, Nest, gRPC and pg before they load).
 *
 * Under a high allocation rate V8 lets the old space grow to several times its live size between full collections,
 * so a stream of large requests (log_batch of 1,000 points) ratchets RSS up by tens of MiB per million points and
 * never gives it back. Growing it by 25% per collection keeps RSS flat (bench/tracking.bench.ts, memory rows) with no
 * hard cap that a large legitimate request could hit.
 */
export function startServiceProcess(service: string): void {
  setFlagsFromString('--heap-growing-percent=25');
  startTelemetry(service);
}
