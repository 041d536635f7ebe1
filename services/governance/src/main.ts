// Telemetry patches http, express, Nest, gRPC and pg as they load, so it starts before anything else
// and the service itself is required only afterwards (an `import` would be hoisted above this call).
import { startTelemetry } from '@cairn/platform/telemetry';

startTelemetry('governance');
require('./bootstrap');
