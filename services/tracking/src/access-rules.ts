import type { AccessRule, GrpcAccessRules, HttpAccessRules } from '@cairn/platform';

/** Which operation each tracking route and RPC needs: reads `tracking.read`, everything else `tracking.write`. */
const READ: AccessRule = { operation: 'tracking.read' };
const WRITE: AccessRule = { operation: 'tracking.write' };

/** MLflow's reads that are POSTs (a search body too large for a query string). */
const READ_POSTS = new Set(['runs/search', 'experiments/search', 'experiments/search-datasets', 'logged-models/search']);
const MLFLOW_PREFIX = /^\/(?:ajax-)?api\/2\.0\/mlflow\//;

export const trackingHttpAccess: HttpAccessRules = ({ method, path }) => {
  if (method === 'GET' || method === 'HEAD') return READ;
  if (method === 'POST' && READ_POSTS.has(path.replace(MLFLOW_PREFIX, ''))) return READ;
  return WRITE;
};

export const trackingGrpcAccess: GrpcAccessRules = (path) => {
  const method = path.slice(path.lastIndexOf('/') + 1);
  return /^(Get|Search|List)/.test(method) ? READ : WRITE;
};
