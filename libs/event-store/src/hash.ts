import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The fields of a stored event that its hash covers, as read back from the store. */
export interface HashedFields {
  position: bigint;
  id: string;
  stream: string;
  version: number;
  type: string;
  data: unknown;
  metadata: unknown;
  /** ISO-8601 UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
  occurredAt: string;
}

/** Changing what or how we hash is a new format: bump the tag so old and new chains are never confused. */
const FORMAT_TAG = Buffer.from('cairn.eventstore.hash.v1\n', 'utf8');

/** The canonical bytes of one event (without the chain link). */
export function eventBytes(fields: HashedFields): Buffer {
  const text = canonicalJson({
    position: fields.position.toString(),
    id: fields.id.toLowerCase(),
    stream: fields.stream,
    version: fields.version,
    type: fields.type,
    data: fields.data,
    metadata: fields.metadata,
    occurredAt: fields.occurredAt,
  });
  return Buffer.from(text, 'utf8');
}

/**
 * The same bytes as `eventBytes`, from data and metadata already in canonical text (the append path has them):
 * the keys below are in canonicalJson's sorted order, so no re-serialisation is needed.
 */
export function eventBytesFromCanonical(
  fields: Omit<HashedFields, 'data' | 'metadata'> & { dataJson: string; metadataJson: string },
): Buffer {
  const text =
    `{"data":${fields.dataJson},"id":${JSON.stringify(fields.id.toLowerCase())},"metadata":${fields.metadataJson},` +
    `"occurredAt":${JSON.stringify(fields.occurredAt)},"position":"${fields.position}",` +
    `"stream":${canonicalJson(fields.stream)},"type":${canonicalJson(fields.type)},"version":${canonicalJson(fields.version)}}`;
  return Buffer.from(text, 'utf8');
}

/** sha256(tag || prev_hash || canonical bytes); the first event of the chain has no predecessor (empty). */
export function chainHash(prevHash: Buffer | null, bytes: Buffer): Buffer {
  return createHash('sha256')
    .update(FORMAT_TAG)
    .update(prevHash ?? Buffer.alloc(0))
    .update(bytes)
    .digest();
}

export function eventHash(prevHash: Buffer | null, fields: HashedFields): Buffer {
  return chainHash(prevHash, eventBytes(fields));
}
