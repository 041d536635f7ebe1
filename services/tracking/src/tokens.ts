/** Injection token of the protocol-neutral TrackingStore (REST now, gRPC later). */
export const TRACKING_STORE = Symbol('tracking.store');
