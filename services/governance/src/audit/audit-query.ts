import { createHash } from 'node:crypto';
import { invalid } from '../domain';

/**
 * QueryAudit's input, checked (pure). Filters combine with AND; results come newest first (position descending),
 * the order an investigator reads a trail in ("what happened last to this model?"); `afterPosition` bounds the
 * other end, so a tailer asks for everything after the last position it saw.
 */
export interface AuditFilter {
  model?: string;
  version?: number;
  deployment?: string;
  actor?: string;
  types?: string[];
  /** occurred_at >= from (epoch ms). */
  from?: number;
  /** occurred_at < to (epoch ms). */
  to?: number;
  /** position > afterPosition. */
  afterPosition?: bigint;
}

export interface AuditQuery {
  filter: AuditFilter;
  maxResults: number;
  /** From the page token: only positions below this one (the last of the previous page). */
  before?: bigint;
}

export const DEFAULT_MAX_RESULTS = 100;
export const MAX_RESULTS_CAP = 1000;

/** What either transport hands over: strings from a query string, numbers from gRPC; empty means absent. */
export interface RawAuditQuery {
  model?: string | null;
  version?: string | number | null;
  deployment?: string | null;
  actor?: string | null;
  /** One type, a comma-separated list, or a list. */
  type?: string | string[] | null;
  from?: string | number | null;
  to?: string | number | null;
  after_position?: string | number | null;
  page_token?: string | null;
  max_results?: string | number | null;
}

const present = <T>(value: T | null | undefined | ''): value is T => value !== undefined && value !== null && value !== '';

function text(name: string, value: string | null | undefined): string | undefined {
  if (!present(value)) return undefined;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 512) invalid(`${name} must be 1 to 512 characters`, { [name]: value });
  return trimmed;
}

function integer(name: string, value: string | number | null | undefined, min: number, max: number): number | undefined {
  if (!present(value)) return undefined;
  const n = typeof value === 'number' ? value : /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    invalid(`${name} must be an integer from ${min} to ${max}`, { [name]: value });
  }
  return n;
}

/** Epoch milliseconds (digits) or an ISO-8601 date-time with its offset. */
export function parseInstant(name: string, value: string | number | null | undefined): number | undefined {
  if (!present(value)) return undefined;
  if (typeof value === 'number' || /^\d+$/.test(value.trim())) return integer(name, value, 0, 8_640_000_000_000_000);
  const trimmed = value.trim();
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed) ? Date.parse(trimmed) : NaN;
  if (Number.isNaN(ms)) invalid(`${name} must be epoch milliseconds or an ISO-8601 date-time with offset`, { [name]: value });
  return ms;
}

function types(value: string | string[] | null | undefined): string[] | undefined {
  if (!present(value)) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((t) => t.trim()).filter(Boolean);
  if (list.length === 0) return undefined;
  if (list.length > 50) invalid('at most 50 event types', { type: value });
  for (const t of list) if (!/^[A-Z][A-Za-z0-9]{0,127}$/.test(t)) invalid(`type ${JSON.stringify(t)} is not an event type name`, { type: t });
  return [...new Set(list)];
}

export function parseAuditQuery(raw: RawAuditQuery): AuditQuery {
  const filter: AuditFilter = {};
  const model = text('model', raw.model);
  const version = integer('version', raw.version, 1, 2_147_483_647);
  if (version !== undefined && model === undefined) invalid('version needs model', { version: raw.version });
  const deployment = text('deployment', raw.deployment);
  const actor = text('actor', raw.actor);
  const typeList = types(raw.type);
  const from = parseInstant('from', raw.from);
  const to = parseInstant('to', raw.to);
  if (from !== undefined && to !== undefined && from >= to) invalid('from must be before to', { from: raw.from, to: raw.to });
  const after = present(raw.after_position) ? String(raw.after_position).trim() : undefined;
  if (after !== undefined && !/^\d{1,19}$/.test(after)) invalid('after_position must be a position', { after_position: raw.after_position });
  if (model !== undefined) filter.model = model;
  if (version !== undefined) filter.version = version;
  if (deployment !== undefined) filter.deployment = deployment;
  if (actor !== undefined) filter.actor = actor;
  if (typeList !== undefined) filter.types = typeList;
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  // after_position 0 is "no bound" (proto3's default), as the gRPC field has always meant.
  if (after !== undefined && BigInt(after) > 0n) filter.afterPosition = BigInt(after);

  // 0 is proto3's "unset": the default page size.
  const max = integer('max_results', raw.max_results, 0, MAX_RESULTS_CAP);
  const query: AuditQuery = { filter, maxResults: max === undefined || max === 0 ? DEFAULT_MAX_RESULTS : max };
  const token = text('page_token', raw.page_token);
  if (token !== undefined) query.before = decodePageToken(token, filter);
  return query;
}

// ── page tokens ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Opaque to callers: base64url of `{"v":1,"b":"<position>","f":"<filter fingerprint>"}`. The fingerprint ties a
 * token to the filters it was made for, so a token replayed with other filters is refused rather than silently
 * skipping events.
 */
function fingerprint(filter: AuditFilter): string {
  const canonical = JSON.stringify([
    filter.model ?? null,
    filter.version ?? null,
    filter.deployment ?? null,
    filter.actor ?? null,
    filter.types ? [...filter.types].sort() : null,
    filter.from ?? null,
    filter.to ?? null,
    filter.afterPosition?.toString() ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

export function encodePageToken(before: bigint, filter: AuditFilter): string {
  return Buffer.from(JSON.stringify({ v: 1, b: before.toString(), f: fingerprint(filter) })).toString('base64url');
}

export function decodePageToken(token: string, filter: AuditFilter): bigint {
  let parsed: { v?: unknown; b?: unknown; f?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as typeof parsed;
  } catch {
    return invalid('page_token is not a token QueryAudit returned', { page_token: token });
  }
  if (parsed?.v !== 1 || typeof parsed.b !== 'string' || !/^\d{1,19}$/.test(parsed.b) || typeof parsed.f !== 'string') {
    return invalid('page_token is not a token QueryAudit returned', { page_token: token });
  }
  if (parsed.f !== fingerprint(filter)) {
    return invalid('page_token was returned for other filters; repeat the query with the same filters', { page_token: token });
  }
  return BigInt(parsed.b);
}

/** The token of the page after `rows` (newest first), or '' when this page is the last. */
export function nextPageToken(positions: readonly bigint[], query: AuditQuery, hasMore: boolean): string {
  return hasMore && positions.length > 0 ? encodePageToken(positions[positions.length - 1], query.filter) : '';
}
