import { contextFromHeaders, HeaderSource } from '@cairn/platform';

/** REST callers are named `rest-client` unless they say who they are (x-cairn-actor). */
export const commandContext = (request: HeaderSource) => contextFromHeaders(request, 'rest-client');
