import type { KeyObject } from 'node:crypto';
import { eventHash } from '@cairn/event-store';
import type { ExportedEvent, ExportedHead } from '../audit/export-lines';
import { HEAD_FORMAT, headSignatureValid } from '../audit/signing';

/**
 * Recomputes an audit export's hash chain offline with the event store's own hash function and checks the signed
 * head (pure apart from hashing; fed line by line so a large export streams). The first broken link wins, as in the
 * store's verify(): a missing position, a prev_hash that is not the previous event's hash, a hash that does not
 * match the row's content, a head that is not the last row, a head that is unsigned or badly signed.
 */
export type VerifyOutcome =
  | { ok: true; checked: number; headPosition: string; headHash: string; keyId: string | null }
  | { ok: false; checked: number; position: string | null; reason: string };

export class ExportVerifier {
  private expected = 1n;
  private prev: Buffer | null = null;
  private checked = 0;
  private broken: { position: string | null; reason: string } | undefined;
  private head: ExportedHead['head'] | undefined;
  private lineNumber = 0;

  /** One line of the export (blank lines are ignored). */
  push(line: string): void {
    this.lineNumber += 1;
    if (this.broken || line.trim() === '') return;
    if (this.head) return this.fail(null, `line ${this.lineNumber}: data after the head line`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return this.fail(null, `line ${this.lineNumber} is not JSON`);
    }
    if (isHead(parsed)) {
      this.head = parsed.head;
      return;
    }
    this.event(parsed as ExportedEvent);
  }

  /** The verdict; `publicKey` is the key the head must be signed with. */
  finish(publicKey: KeyObject): VerifyOutcome {
    const fail = (position: string | null, reason: string): VerifyOutcome => ({ ok: false, checked: this.checked, position, reason });
    if (this.broken) return fail(this.broken.position, this.broken.reason);
    if (!this.head) return fail(null, 'the export has no head line (cut short?)');
    const head = this.head;
    const lastPosition = (this.expected - 1n).toString();
    const lastHash = this.prev ? this.prev.toString('hex') : '';
    if (head.format !== HEAD_FORMAT) return fail(null, `head format ${JSON.stringify(head.format)} is not ${HEAD_FORMAT}`);
    if (head.position !== lastPosition || head.hash !== lastHash || head.count !== this.checked) {
      return fail(head.position, `the head (position ${head.position}) is not the last exported event (position ${lastPosition})`);
    }
    if (!head.signature) return fail(head.position, 'the head is not signed (the service had no CAIRN_AUDIT_SIGNING_KEY_FILE)');
    if (!headSignatureValid({ position: BigInt(head.position), hash: head.hash }, head.signature, publicKey)) {
      return fail(head.position, 'the head signature does not verify with the given public key');
    }
    return { ok: true, checked: this.checked, headPosition: head.position, headHash: head.hash, keyId: head.key_id };
  }

  private event(e: ExportedEvent): void {
    if (typeof e?.position !== 'string' || !/^\d+$/.test(e.position) || typeof e.hash !== 'string') {
      return this.fail(null, `line ${this.lineNumber} is neither an event nor the head`);
    }
    const position = BigInt(e.position);
    if (position !== this.expected) {
      return this.fail(this.expected.toString(), `position ${this.expected} is missing (next exported is ${position})`);
    }
    const storedPrev = e.prev_hash === null ? null : Buffer.from(e.prev_hash, 'hex');
    const samePrev = storedPrev === null || this.prev === null ? storedPrev === this.prev : storedPrev.equals(this.prev);
    if (!samePrev) return this.fail(e.position, 'prev_hash is not the hash of the event before it (rows deleted or moved)');
    const hash = eventHash(this.prev, {
      position,
      id: e.id,
      stream: e.stream,
      version: e.version,
      type: e.type,
      data: e.data,
      metadata: e.metadata,
      occurredAt: e.occurred_at,
    });
    if (hash.toString('hex') !== e.hash) return this.fail(e.position, 'content does not match its hash (row edited)');
    this.prev = hash;
    this.expected += 1n;
    this.checked += 1;
  }

  private fail(position: string | null, reason: string): void {
    this.broken = { position, reason };
  }
}

function isHead(value: unknown): value is ExportedHead {
  return typeof value === 'object' && value !== null && 'head' in value && typeof (value as ExportedHead).head === 'object';
}
