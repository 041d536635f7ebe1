import { createHash } from 'node:crypto';

/**
 * What a caller may be allowed to do: every service names the operation of each route and RPC with one of these,
 * and governance's permission table (services/governance/src/domain/access.ts) says which role grants which.
 * `registry.promote` and `deployment.write` become their `.production` variant when the target is production.
 */
export const OPERATIONS = [
  'tracking.read',
  'tracking.write',
  'registry.read',
  'registry.write',
  'registry.delete',
  'registry.promote',
  'registry.promote.production',
  'deployment.read',
  'deployment.write',
  'deployment.write.production',
  'monitoring.read',
  'governance.read',
  'governance.approve',
  'governance.policy.write',
  'governance.principal.write',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export const isOperation = (value: string): value is Operation => (OPERATIONS as readonly string[]).includes(value);

/**
 * What is stored and looked up for a bearer token: SHA-256 of its UTF-8 bytes, 64 lower-case hex digits. The token
 * itself is never stored or logged (a token is 32 random bytes, so a plain hash suffices; no salt or stretching).
 */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
