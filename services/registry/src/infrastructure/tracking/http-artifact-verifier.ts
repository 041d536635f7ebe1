import { ArtifactCheck, ArtifactVerifier } from '../../application/ports';
import { artifactPath } from '../../application/source';

const REQUEST_TIMEOUT_MS = 5_000;

/**
 * ArtifactVerifier over tracking's artifact proxy: lists the version's directory
 * (`GET {tracking}/api/2.0/mlflow-artifacts/artifacts?path=…`) and looks for the `MLmodel` file every MLflow
 * model has. Only `mlflow-artifacts:` locations are served by the proxy; anything else cannot be checked.
 */
export class HttpArtifactVerifier implements ArtifactVerifier {
  private readonly baseUrl: string;

  constructor(trackingUrl: string, private readonly token: string) {
    this.baseUrl = trackingUrl.replace(/\/+$/, '');
  }

  async check(storageLocation: string): Promise<ArtifactCheck> {
    const path = artifactPath(storageLocation);
    if (!path) return { ok: false, final: true, reason: `'${storageLocation}' is not in Cairn's artifact store (mlflow-artifacts:/…), so it cannot be checked` };
    const url = `${this.baseUrl}/api/2.0/mlflow-artifacts/artifacts?path=${encodeURIComponent(path.join('/'))}`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), headers: { authorization: `Bearer ${this.token}` } });
    } catch (error) {
      return { ok: false, reason: `the tracking service's artifact proxy is unreachable (${error instanceof Error ? error.message : String(error)})` };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, reason: `listing ${storageLocation} failed with HTTP ${response.status}` };
    }
    const body = (await response.json().catch(() => ({}))) as { files?: Array<{ path?: string; is_dir?: boolean }> };
    const found = (body.files ?? []).some((file) => !file.is_dir && (file.path === 'MLmodel' || file.path?.endsWith('/MLmodel')));
    return found ? { ok: true } : { ok: false, reason: `no MLmodel file at ${storageLocation}` };
  }
}
