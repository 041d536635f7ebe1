import { trackingGrpcAccess, trackingHttpAccess } from './access-rules';

const http = (method: string, path: string) => trackingHttpAccess({ method, path, body: {}, query: {} });

describe("tracking's access rules", () => {
  it('GETs and the POST searches are tracking.read, on both prefixes', () => {
    expect(http('GET', '/api/2.0/mlflow/runs/get')).toEqual({ operation: 'tracking.read' });
    expect(http('POST', '/api/2.0/mlflow/runs/search')).toEqual({ operation: 'tracking.read' });
    expect(http('POST', '/ajax-api/2.0/mlflow/experiments/search')).toEqual({ operation: 'tracking.read' });
    expect(http('GET', '/api/2.0/mlflow-artifacts/artifacts/1/r/artifacts/x')).toEqual({ operation: 'tracking.read' });
  });

  it('everything else is tracking.write, artifacts included', () => {
    expect(http('POST', '/api/2.0/mlflow/runs/log-batch')).toEqual({ operation: 'tracking.write' });
    expect(http('POST', '/api/2.0/mlflow/runs/search-but-not-really')).toEqual({ operation: 'tracking.write' });
    expect(http('PUT', '/api/2.0/mlflow-artifacts/artifacts/1/r/artifacts/x')).toEqual({ operation: 'tracking.write' });
    expect(http('DELETE', '/api/2.0/mlflow/logged-models/m-1')).toEqual({ operation: 'tracking.write' });
  });

  it('gRPC: Get/Search/List read, the rest write', () => {
    expect(trackingGrpcAccess('/cairn.tracking.v1.TrackingService/GetRun', {})).toEqual({ operation: 'tracking.read' });
    expect(trackingGrpcAccess('/cairn.tracking.v1.TrackingService/SearchRuns', {})).toEqual({ operation: 'tracking.read' });
    expect(trackingGrpcAccess('/cairn.tracking.v1.TrackingService/LogBatch', {})).toEqual({ operation: 'tracking.write' });
  });
});
