/** Injection token of the protocol-neutral TrackingStore (REST now, gRPC later). */
export const TRACKING_STORE = Symbol('tracking.store');
/** Injection token of the protocol-neutral LoggedModelsStore (MLflow 3 logged models). */
export const LOGGED_MODELS_STORE = Symbol('tracking.logged-models');
