/**
 * MLflow's model-registry limits (mlflow/utils/validation.py, and the column sizes of its SQL store where MLflow
 * itself only relies on the database), so a client that works against MLflow works here and vice versa.
 */
export const LIMITS = {
  /** `registered_models.name` is VARCHAR(256) in MLflow's schema. */
  maxModelNameLength: 256,
  /** MAX_MODEL_REGISTRY_TAG_KEY_LENGTH */
  maxTagKeyLength: 250,
  /** MAX_MODEL_REGISTRY_TAG_VALUE_LENGTH */
  maxTagValueLength: 5000,
  /** MAX_REGISTERED_MODEL_ALIAS_LENGTH */
  maxAliasLength: 255,
  /** `description` is VARCHAR(5000) for registered models and model versions. */
  maxDescriptionLength: 5000,
  /** `model_versions.status_message` is VARCHAR(500). */
  maxStatusMessageLength: 500,
} as const;
