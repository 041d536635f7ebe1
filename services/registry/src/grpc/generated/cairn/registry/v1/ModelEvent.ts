// Original file: proto/cairn/registry/v1/entities.proto

import type { Long } from '@grpc/proto-loader';

/**
 * One event of a registered model's stream (`model-<name>`), as appended: the audit trail of the model.
 */
export interface ModelEvent {
  'event_id'?: (string);
  /**
   * e.g. `ModelVersionRegistered`, `PromotionAllowed`, `AliasAssigned`.
   */
  'type'?: (string);
  'stream'?: (string);
  /**
   * 1 for the stream's first event.
   */
  'stream_version'?: (number | string | Long);
  /**
   * The event store's global position.
   */
  'position'?: (number | string | Long);
  'occurred_at'?: (number | string | Long);
  'actor'?: (string);
  'correlation_id'?: (string);
  /**
   * Empty when the event was not caused by another event.
   */
  'causation_id'?: (string);
  /**
   * The event's data as JSON; its schema is the event type's in libs/contracts (src/events/registry.ts).
   */
  'data_json'?: (string);
}

/**
 * One event of a registered model's stream (`model-<name>`), as appended: the audit trail of the model.
 */
export interface ModelEvent__Output {
  'event_id': (string);
  /**
   * e.g. `ModelVersionRegistered`, `PromotionAllowed`, `AliasAssigned`.
   */
  'type': (string);
  'stream': (string);
  /**
   * 1 for the stream's first event.
   */
  'stream_version': (string);
  /**
   * The event store's global position.
   */
  'position': (string);
  'occurred_at': (string);
  'actor': (string);
  'correlation_id': (string);
  /**
   * Empty when the event was not caused by another event.
   */
  'causation_id': (string);
  /**
   * The event's data as JSON; its schema is the event type's in libs/contracts (src/events/registry.ts).
   */
  'data_json': (string);
}
