import { loadProto, Unavailable } from '@cairn/contracts';
import { credentials, Metadata, ServiceError, status } from '@grpc/grpc-js';
import { LoggedModelRecord, RunRecord, TrackingLookup } from '../../application/ports';
import { DATASET_CONTEXT_TAG } from '../../application/lineage';
// Types generated from proto/cairn/tracking/v1 (tracking's `npm run proto:gen`): the contract, never retyped.
import type { ProtoGrpcType } from '../../../../tracking/src/grpc/generated/tracking';
import type { TrackingServiceClient } from '../../../../tracking/src/grpc/generated/cairn/tracking/v1/TrackingService';
import type { Run__Output } from '../../../../tracking/src/grpc/generated/cairn/tracking/v1/Run';
import type { LoggedModel__Output } from '../../../../tracking/src/grpc/generated/cairn/tracking/v1/LoggedModel';

const TRACKING_PROTO = 'cairn/tracking/v1/tracking.proto';
const CALL_TIMEOUT_MS = 5_000;

/**
 * TrackingLookup over tracking's gRPC API (`cairn.tracking.v1.TrackingService`): GetRun for a source run and its
 * lineage, GetLoggedModel for `models:/m-…`. NOT_FOUND (and INVALID_ARGUMENT, a malformed id) mean "no such
 * thing" (null); tracking unreachable or failing is UNAVAILABLE, so the client is told to retry rather than that
 * its source is wrong.
 */
export class GrpcTrackingLookup implements TrackingLookup {
  private readonly client: TrackingServiceClient;

  constructor(address: string, private readonly token: string) {
    const pkg = loadProto(TRACKING_PROTO) as unknown as ProtoGrpcType;
    this.client = new pkg.cairn.tracking.v1.TrackingService(address, credentials.createInsecure());
  }

  async getRun(runId: string): Promise<RunRecord | null> {
    const response = await this.call<{ run: Run__Output | null }>('GetRun', { run_id: runId });
    return response?.run ? runRecord(response.run) : null;
  }

  async getLoggedModel(modelId: string): Promise<LoggedModelRecord | null> {
    const response = await this.call<{ model: LoggedModel__Output | null }>('GetLoggedModel', { model_id: modelId });
    return response?.model ? loggedModelRecord(response.model) : null;
  }

  close(): void {
    this.client.close();
  }

  private call<R>(method: 'GetRun' | 'GetLoggedModel', request: object): Promise<R | null> {
    const unary = this.client[method] as unknown as (
      req: object,
      metadata: Metadata,
      options: { deadline: number },
      callback: (error: ServiceError | null, response?: R) => void,
    ) => void;
    const metadata = new Metadata();
    metadata.set('x-cairn-actor', 'service:registry');
    metadata.set('authorization', `Bearer ${this.token}`);
    return new Promise((resolve, reject) =>
      unary.call(this.client, request, metadata, { deadline: Date.now() + CALL_TIMEOUT_MS }, (error, response) => {
        if (!error) return resolve(response ?? null);
        if (error.code === status.NOT_FOUND || error.code === status.INVALID_ARGUMENT) return resolve(null);
        reject(
          new Unavailable('REGISTRY.TRACKING_UNAVAILABLE', `The tracking service could not answer ${method}: ${error.details || error.message}`, {
            method,
            grpcStatus: error.code,
          }),
        );
      }),
    );
  }
}

export function runRecord(run: Run__Output): RunRecord {
  const info = run.info!;
  return {
    runId: info.run_id,
    experimentId: info.experiment_id,
    artifactUri: info.artifact_uri,
    tags: (run.data?.tags ?? []).map(({ key, value }) => ({ key, value })),
    params: (run.data?.params ?? []).map(({ key, value }) => ({ key, value })),
    metrics: (run.data?.metrics ?? []).map((m) => ({ key: m.key, value: m.value, step: Number(m.step), timestamp: Number(m.timestamp ?? 0) })),
    datasets: (run.inputs?.dataset_inputs ?? []).flatMap(({ tags, dataset }) =>
      dataset
        ? [
            {
              name: dataset.name,
              digest: dataset.digest,
              source: dataset.source || undefined,
              sourceType: dataset.source_type || undefined,
              context: tags.find((tag) => tag.key === DATASET_CONTEXT_TAG)?.value,
            },
          ]
        : [],
    ),
  };
}

const STATUS: Record<string, LoggedModelRecord['status']> = {
  LOGGED_MODEL_STATUS_PENDING: 'PENDING',
  LOGGED_MODEL_STATUS_READY: 'READY',
  LOGGED_MODEL_STATUS_FAILED: 'FAILED',
};

export function loggedModelRecord(model: LoggedModel__Output): LoggedModelRecord {
  return {
    modelId: model.model_id,
    experimentId: model.experiment_id,
    sourceRunId: model.source_run_id || undefined,
    artifactLocation: model.artifact_uri,
    status: STATUS[String(model.status)] ?? 'UNSPECIFIED',
  };
}
