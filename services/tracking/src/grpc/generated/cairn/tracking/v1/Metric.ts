// Original file: proto/cairn/tracking/v1/entities.proto

import type { Long } from '@grpc/proto-loader';

export interface Metric {
  'key'?: (string);
  'value'?: (number | string);
  /**
   * Milliseconds since the epoch. When absent in a request the server's time is used; always set in responses.
   */
  'timestamp'?: (number | string | Long);
  'step'?: (number | string | Long);
  '_timestamp'?: "timestamp";
}

export interface Metric__Output {
  'key': (string);
  'value': (number);
  /**
   * Milliseconds since the epoch. When absent in a request the server's time is used; always set in responses.
   */
  'timestamp'?: (string);
  'step': (string);
  '_timestamp'?: "timestamp";
}
