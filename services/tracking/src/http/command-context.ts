import { contextFromHeaders, HeaderSource } from '@cairn/platform';

/** REST callers are MLflow clients unless they say who they are (x-cairn-actor). */
export const commandContext = (request: HeaderSource) => contextFromHeaders(request, 'mlflow-client');
