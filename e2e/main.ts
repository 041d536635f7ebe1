// Telemetry first (as in every service's main.ts), so the job's own spans are real and their trace id can be
// followed through the event store and Kafka to the consumer.
import { startTelemetry } from '@cairn/platform/telemetry';

startTelemetry('e2e-job');
require('./platform-job');
