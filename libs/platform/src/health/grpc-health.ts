import { loadProto } from '@cairn/contracts';
import { sendUnaryData, ServerUnaryCall, ServerWritableStream, status } from '@grpc/grpc-js';
import { GrpcServer } from '../grpc/grpc-server';
import { lookupService } from '../grpc/lookup';
import { Readiness } from './readiness';

/** grpc.health.v1 (proto/grpc/health/v1/health.proto), loaded with `enums: String`. */
type ServingStatus = 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN';
interface HealthCheckRequest {
  service: string;
}
interface HealthCheckResponse {
  status: ServingStatus;
}

export const HEALTH_SERVICE = 'grpc.health.v1.Health';
const WATCH_POLL_MS = 5_000;

/**
 * Serves grpc.health.v1.Health from the same readiness checks as GET /readyz. The empty service name means the
 * whole server; a registered service name gets the same answer; an unknown one gets NOT_FOUND (Check) or
 * SERVICE_UNKNOWN (Watch), as the protocol specifies.
 */
export function addHealthService(server: GrpcServer, readiness: Readiness): void {
  const definition = lookupService(loadProto('grpc/health/v1/health.proto'), HEALTH_SERVICE);

  const statusFor = async (service: string): Promise<ServingStatus> => {
    if (service !== '' && !server.serviceNames.includes(service)) return 'SERVICE_UNKNOWN';
    return (await readiness.report()).ready ? 'SERVING' : 'NOT_SERVING';
  };

  server.addService(definition, {
    Check(call: ServerUnaryCall<HealthCheckRequest, HealthCheckResponse>, callback: sendUnaryData<HealthCheckResponse>) {
      statusFor(call.request.service).then(
        (current) =>
          current === 'SERVICE_UNKNOWN'
            ? callback({ code: status.NOT_FOUND, details: `unknown service ${call.request.service}` })
            : callback(null, { status: current }),
        (error: unknown) => callback({ code: status.INTERNAL, details: String(error) }),
      );
    },

    // Sends the status now and whenever it changes; ends the stream as shutdown begins, so graceful shutdown is
    // not held up by watchers.
    Watch(call: ServerWritableStream<HealthCheckRequest, HealthCheckResponse>) {
      let last: ServingStatus | undefined;
      let timer: NodeJS.Timeout | undefined;
      let ended = false;
      const send = (current: ServingStatus) => {
        if (ended || call.cancelled || current === last) return;
        call.write({ status: current });
        last = current;
      };
      const stop = () => {
        clearTimeout(timer);
        unsubscribe();
      };
      const unsubscribe = readiness.onStopping(() => {
        stop();
        send('NOT_SERVING');
        ended = true;
        call.end();
      });
      const tick = async () => {
        send(await statusFor(call.request.service).catch((): ServingStatus => 'NOT_SERVING'));
        if (!ended && !call.cancelled) timer = setTimeout(() => void tick(), WATCH_POLL_MS);
      };
      call.on('cancelled', stop);
      void tick();
    },
  });
}
