import { InvalidArgument } from '@cairn/contracts';

/** Opaque page tokens: base64url JSON `{o: offset}`. Anything else is INVALID_PARAMETER_VALUE, never a 500. */
export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset }), 'utf8').toString('base64url');
}

export function decodePageToken(token: string | undefined | null): number {
  if (token === undefined || token === null || token === '') return 0;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw badToken(token);
  }
  const offset = (parsed as { o?: unknown } | null)?.o;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw badToken(token);
  return offset;
}

function badToken(token: string): InvalidArgument {
  return new InvalidArgument('TRACKING.INVALID_PAGE_TOKEN', `Invalid page token, could not base64-decode or parse: '${token.slice(0, 100)}'`);
}
