// Telemetry patches http, Nest, gRPC and pg as they load, so it starts (with the heap tuning) before anything
// else and the service itself is required only afterwards (an `import` would be hoisted above this call).
import { startServiceProcess } from '@cairn/platform/process-start';

startServiceProcess('serving-gateway');
require('./bootstrap');
