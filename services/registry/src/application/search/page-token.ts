import { InvalidArgument } from '@cairn/contracts';

/**
 * Page tokens as MLflow's registry makes them (SearchUtils.create_page_token): base64 of JSON `{"offset": n}`.
 * Opaque to clients; anything that does not decode to a non-negative offset is INVALID_PARAMETER_VALUE.
 */
export const encodePageToken = (offset: number): string =>
  Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64');

export function decodePageToken(token: string | undefined | null): number {
  if (!token) return 0;
  const bad = () => new InvalidArgument('REGISTRY.INVALID_PAGE_TOKEN', `Invalid page token '${token.slice(0, 100)}': could not base64-decode an offset`);
  if (!/^[A-Za-z0-9+/=_-]+$/.test(token)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    throw bad();
  }
  const offset = (parsed as { offset?: unknown } | null)?.offset;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) throw bad();
  return offset;
}
