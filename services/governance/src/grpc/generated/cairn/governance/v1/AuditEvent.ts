// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

export interface AuditEvent {
  /**
   * the event store's global position
   */
  'position'?: (number | string | Long);
  'stream'?: (string);
  'stream_version'?: (number);
  'type'?: (string);
  'actor'?: (string);
  'occurred_at'?: (number | string | Long);
  /**
   * the event's data as JSON
   */
  'data_json'?: (string);
  'event_id'?: (string);
  'model'?: (string);
  'model_version'?: (number);
  /**
   * alias | stage | deployment
   */
  'target_kind'?: (string);
  'target_name'?: (string);
  'deployment'?: (string);
  '_model'?: "model";
  '_model_version'?: "model_version";
  '_target_kind'?: "target_kind";
  '_target_name'?: "target_name";
  '_deployment'?: "deployment";
}

export interface AuditEvent__Output {
  /**
   * the event store's global position
   */
  'position': (string);
  'stream': (string);
  'stream_version': (number);
  'type': (string);
  'actor': (string);
  'occurred_at': (string);
  /**
   * the event's data as JSON
   */
  'data_json': (string);
  'event_id': (string);
  'model'?: (string);
  'model_version'?: (number);
  /**
   * alias | stage | deployment
   */
  'target_kind'?: (string);
  'target_name'?: (string);
  'deployment'?: (string);
  '_model'?: "model";
  '_model_version'?: "model_version";
  '_target_kind'?: "target_kind";
  '_target_name'?: "target_name";
  '_deployment'?: "deployment";
}
