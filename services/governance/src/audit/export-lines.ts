import { SignedHead } from './signing';

/**
 * The audit export's JSON-lines format (GET …/audit/export; checked offline by `npm run audit:verify`). One line
 * per stored event, in position order, exactly as the event store keeps it (the fields its hash covers, and the
 * stored `prev_hash` / `hash` in hex), then one last line with the head of what was exported, signed when the
 * service has a key. `position` is a decimal string so JSON readers never round it.
 */
export interface ExportedEvent {
  position: string;
  id: string;
  stream: string;
  version: number;
  type: string;
  data: unknown;
  metadata: unknown;
  /** ISO-8601 UTC with milliseconds, as the hash covers it. */
  occurred_at: string;
  prev_hash: string | null;
  hash: string;
}

export interface ExportedHead {
  head: {
    format: string;
    /** '0' and '' when the store is empty. */
    position: string;
    hash: string;
    /** Events in the export. */
    count: number;
    signed_payload: string;
    algorithm: 'ed25519';
    signature: string | null;
    key_id: string | null;
  };
}

export type ExportLine = ExportedEvent | ExportedHead;

export const eventLine = (event: ExportedEvent): string => `${JSON.stringify(event)}\n`;

export function headLine(head: SignedHead, count: number, format: string): string {
  const line: ExportedHead = {
    head: {
      format,
      position: head.position.toString(),
      hash: head.hash,
      count,
      signed_payload: head.signedPayload,
      algorithm: 'ed25519',
      signature: head.signature ?? null,
      key_id: head.keyId ?? null,
    },
  };
  return `${JSON.stringify(line)}\n`;
}
