// Original file: proto/cairn/registry/v1/messages.proto


/**
 * Per stage, the highest-numbered version; no stages means all four.
 */
export interface GetLatestVersionsRequest {
  'name'?: (string);
  'stages'?: (string)[];
}

/**
 * Per stage, the highest-numbered version; no stages means all four.
 */
export interface GetLatestVersionsRequest__Output {
  'name': (string);
  'stages': (string)[];
}
