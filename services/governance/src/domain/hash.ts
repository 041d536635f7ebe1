import { createHash } from 'node:crypto';

/**
 * SHA-256 of a string's UTF-8 bytes as 64 lower-case hex digits: a policy's `hash`, a bearer token's stored hash.
 * A pure computation (node:crypto's hash has no I/O), so it may run inside deciders.
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What is stored and looked up for a bearer token (one definition for every service). */
export { hashToken } from '@cairn/contracts';
