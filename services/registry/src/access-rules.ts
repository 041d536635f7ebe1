import type { AccessRule, GrpcAccessRules, HttpAccessRules } from '@cairn/platform';

/**
 * Which operation each registry route and RPC needs, on which model: reads `registry.read`; deletes (models,
 * versions, tags, aliases) `registry.delete`; moving an alias or a stage `registry.promote` with its target (a
 * production target needs `registry.promote.production`); anything else `registry.write`.
 */
const MLFLOW_PREFIX = /^\/(?:ajax-)?api\/2\.0\/mlflow\//;
const READ_POSTS = new Set(['registered-models/get-latest-versions']);

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const withModel = (operation: AccessRule['operation'], model: string | undefined): AccessRule =>
  model ? { operation, model } : { operation };

export const registryHttpAccess: HttpAccessRules = ({ method, path, body, query }) => {
  const model = str(body.name) ?? str(query.name);
  const route = path.replace(MLFLOW_PREFIX, '');
  if (method === 'GET' || method === 'HEAD' || (method === 'POST' && READ_POSTS.has(route))) return withModel('registry.read', model);
  if (method === 'DELETE') return withModel('registry.delete', model);
  if (method === 'POST' && route === 'registered-models/alias') return promotion(model, 'alias', str(body.alias));
  if (method === 'POST' && route === 'model-versions/transition-stage') return promotion(model, 'stage', str(body.stage));
  return withModel('registry.write', model);
};

function promotion(model: string | undefined, kind: 'alias' | 'stage', name: string | undefined): AccessRule {
  return { ...withModel('registry.promote', model), ...(name ? { target: { kind, name } } : {}) };
}

export const registryGrpcAccess: GrpcAccessRules = (path, request) => {
  const method = path.slice(path.lastIndexOf('/') + 1);
  const req = (request ?? {}) as Record<string, unknown>;
  const model = str(req.name);
  if (method === 'SetRegisteredModelAlias') return promotion(model, 'alias', str(req.alias));
  if (method === 'TransitionModelVersionStage') return promotion(model, 'stage', str(req.stage));
  if (method.startsWith('Delete')) return withModel('registry.delete', model);
  if (/^(Get|Search|List)/.test(method)) return withModel('registry.read', model);
  return withModel('registry.write', model);
};
