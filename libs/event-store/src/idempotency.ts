import { Conflict } from '@cairn/contracts';

/** An event already stored under one of the ids being appended. */
export interface StoredId {
  id: string;
  stream: string;
  version: number;
}

export type RetryCheck = { kind: 'new' } | { kind: 'retry' } | { kind: 'duplicate'; error: Conflict };

/**
 * Decides what an append means given which of its ids are already stored (`stored` in stream-version order):
 * none → a new append; all of them, in this stream, at consecutive versions in the given order → a retry of an
 * append that already succeeded; anything else → an id reused elsewhere, refused.
 */
export function checkRetry(stream: string, ids: string[], stored: StoredId[]): RetryCheck {
  if (stored.length === 0) return { kind: 'new' };
  const isRetry =
    stored.length === ids.length &&
    stored.every(
      (row, index) => row.stream === stream && row.id === ids[index] && row.version === stored[0].version + index,
    );
  if (isRetry) return { kind: 'retry' };
  const clash = stored.find((row) => row.stream !== stream) ?? stored[0];
  return {
    kind: 'duplicate',
    error: new Conflict(
      'EVENT_STORE.DUPLICATE_EVENT_ID',
      `event id ${clash.id} is already stored in stream "${clash.stream}" at version ${clash.version}`,
      { stream, id: clash.id, storedStream: clash.stream, storedVersion: clash.version },
    ),
  };
}
