// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

/**
 * The event store's hash chain checked over the global order, and its head signed (Ed25519) when the service has a key.
 */
export interface VerifyAuditResponse {
  'ok'?: (boolean);
  'checked'?: (number | string | Long);
  'first_broken_position'?: (number | string | Long);
  'reason'?: (string);
  /**
   * the last event checked (0: empty store)
   */
  'head_position'?: (number | string | Long);
  /**
   * hex
   */
  'head_hash'?: (string);
  'signed'?: (boolean);
  /**
   * the exact text signed: {"format":"cairn.audit.head.v1","hash":…,"position":…}
   */
  'signed_payload'?: (string);
  /**
   * base64 Ed25519 signature of signed_payload
   */
  'signature'?: (string);
  /**
   * first 16 hex digits of the SHA-256 of the public key (SPKI DER)
   */
  'key_id'?: (string);
  /**
   * for convenience: check against a key you trust, not this one
   */
  'public_key_pem'?: (string);
  '_first_broken_position'?: "first_broken_position";
}

/**
 * The event store's hash chain checked over the global order, and its head signed (Ed25519) when the service has a key.
 */
export interface VerifyAuditResponse__Output {
  'ok': (boolean);
  'checked': (string);
  'first_broken_position'?: (string);
  'reason': (string);
  /**
   * the last event checked (0: empty store)
   */
  'head_position': (string);
  /**
   * hex
   */
  'head_hash': (string);
  'signed': (boolean);
  /**
   * the exact text signed: {"format":"cairn.audit.head.v1","hash":…,"position":…}
   */
  'signed_payload': (string);
  /**
   * base64 Ed25519 signature of signed_payload
   */
  'signature': (string);
  /**
   * first 16 hex digits of the SHA-256 of the public key (SPKI DER)
   */
  'key_id': (string);
  /**
   * for convenience: check against a key you trust, not this one
   */
  'public_key_pem': (string);
  '_first_broken_position'?: "first_broken_position";
}
