import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/**
 * The signed head of the audit chain (pure: node:crypto only). What is signed is the UTF-8 text
 * `{"format":"cairn.audit.head.v1","hash":"<hex>","position":"<decimal>"}` (keys sorted, no spaces): whoever holds
 * the public key can later prove the store held exactly this chain up to `position`, so rows cut off the end or a
 * chain rebuilt after tampering no longer matches a head signed earlier.
 */
export const HEAD_FORMAT = 'cairn.audit.head.v1';

export interface ChainHead {
  position: bigint;
  /** Hex SHA-256 chain hash of the event at `position`. */
  hash: string;
}

export interface SignedHead extends ChainHead {
  signedPayload: string;
  /** Base64 Ed25519 signature of signedPayload; absent when the service has no signing key. */
  signature?: string;
  keyId?: string;
  publicKeyPem?: string;
}

export function headPayload(head: ChainHead): string {
  return JSON.stringify({ format: HEAD_FORMAT, hash: head.hash, position: head.position.toString() });
}

/** A key loaded from configuration: refused unless it is an Ed25519 private key. */
export function ed25519PrivateKey(pem: string | Buffer): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 private key, got ${key.asymmetricKeyType}`);
  return key;
}

export function ed25519PublicKey(pem: string | Buffer): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 public key, got ${key.asymmetricKeyType}`);
  return key;
}

/** First 16 hex digits of SHA-256 over the public key's SPKI DER: names the key without trusting the sender. */
export function keyId(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function signHead(head: ChainHead, privateKey?: KeyObject): SignedHead {
  const signedPayload = headPayload(head);
  if (!privateKey) return { ...head, signedPayload };
  const publicKey = createPublicKey(privateKey);
  return {
    ...head,
    signedPayload,
    // Ed25519 signs the message itself (no digest algorithm: null).
    signature: sign(null, Buffer.from(signedPayload, 'utf8'), privateKey).toString('base64'),
    keyId: keyId(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Does `signature` sign exactly this head's payload under `publicKey`? */
export function headSignatureValid(head: ChainHead, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(headPayload(head), 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
