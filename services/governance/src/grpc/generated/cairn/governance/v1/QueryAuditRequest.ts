// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Filters combine with AND; events come newest first (highest position first). Paging: pass next_page_token back
 * with the same filters (a token from other filters is INVALID_ARGUMENT).
 */
export interface QueryAuditRequest {
  'model'?: (string);
  /**
   * needs model
   */
  'version'?: (number);
  /**
   * only events after this position (0: no bound); tails the trail with next_position
   */
  'after_position'?: (number | string | Long);
  /**
   * default 100, at most 1000
   */
  'max_results'?: (number);
  'deployment'?: (string);
  'actor'?: (string);
  /**
   * any of these event types
   */
  'types'?: (string)[];
  /**
   * occurred_at >= from (epoch ms)
   */
  'from'?: (number | string | Long);
  /**
   * occurred_at < to (epoch ms)
   */
  'to'?: (number | string | Long);
  'page_token'?: (string);
  '_model'?: "model";
  '_version'?: "version";
  '_deployment'?: "deployment";
  '_actor'?: "actor";
  '_from'?: "from";
  '_to'?: "to";
}

/**
 * Filters combine with AND; events come newest first (highest position first). Paging: pass next_page_token back
 * with the same filters (a token from other filters is INVALID_ARGUMENT).
 */
export interface QueryAuditRequest__Output {
  'model'?: (string);
  /**
   * needs model
   */
  'version'?: (number);
  /**
   * only events after this position (0: no bound); tails the trail with next_position
   */
  'after_position': (string);
  /**
   * default 100, at most 1000
   */
  'max_results': (number);
  'deployment'?: (string);
  'actor'?: (string);
  /**
   * any of these event types
   */
  'types': (string)[];
  /**
   * occurred_at >= from (epoch ms)
   */
  'from'?: (string);
  /**
   * occurred_at < to (epoch ms)
   */
  'to'?: (string);
  'page_token': (string);
  '_model'?: "model";
  '_version'?: "version";
  '_deployment'?: "deployment";
  '_actor'?: "actor";
  '_from'?: "from";
  '_to'?: "to";
}
