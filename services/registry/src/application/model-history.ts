import { InvalidArgument } from '@cairn/contracts';
import type { RecordedEvent } from '@cairn/event-store';
import { modelNotFound, modelStream, validateModelName } from '../domain';
import { decodePageToken, encodePageToken } from './search/page-token';
import { Page } from './views';

/** The event store's stream read, all ListModelHistory needs (`EventStore` satisfies it). */
export interface StreamReader {
  readStream(stream: string, options?: { fromVersion?: number; maxCount?: number }): Promise<RecordedEvent[]>;
}

/** Page sizes as the registered-model search's (MLflow's 100 by default, at most 1000). */
export const HISTORY_PAGE = { default: 100, max: 1_000 } as const;

/**
 * ListModelHistory's protocol-neutral core: a `model-<name>` stream in append order, every life of the name (a
 * deleted and re-created model keeps its earlier history). It reads the event store, not the read models: the
 * audit trail is the events themselves. A rename is not followed: the new name's stream opens with
 * `RegisteredModelRenamedFrom` naming the previous name, whose own stream after a rename may hold a different
 * model's later lives, so the caller asks for that name if it wants to go further back.
 */
export class ModelHistory {
  constructor(private readonly store: StreamReader) {}

  async list(input: { name?: string; maxResults?: number; pageToken?: string }): Promise<Page<RecordedEvent>> {
    const name = validateModelName(input.name);
    const limit = pageSize(input.maxResults);
    // The token is the search tokens' base64 `{"offset": n}`: n events of the stream already returned.
    const offset = decodePageToken(input.pageToken);
    const events = await this.store.readStream(modelStream(name), { fromVersion: offset + 1, maxCount: limit + 1 });
    if (events.length === 0 && offset === 0) throw modelNotFound(name);
    const more = events.length > limit;
    return { items: events.slice(0, limit), nextPageToken: more ? encodePageToken(offset + limit) : undefined };
  }
}

function pageSize(raw: number | undefined): number {
  if (raw === undefined) return HISTORY_PAGE.default;
  if (!Number.isSafeInteger(raw) || raw < 1 || raw > HISTORY_PAGE.max) {
    throw new InvalidArgument(
      'REGISTRY.INVALID_SEARCH',
      `Invalid value for max_results. It must be a positive integer of at most ${HISTORY_PAGE.max}, but got ${raw}`,
    );
  }
  return raw;
}
