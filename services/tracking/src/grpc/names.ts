/** Where the tracking API is defined (relative to `proto/`) and its service's full name. */
export const TRACKING_PROTO = 'cairn/tracking/v1/tracking.proto';
export const TRACKING_SERVICE = 'cairn.tracking.v1.TrackingService';
