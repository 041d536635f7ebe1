/** MLflow's limits (mlflow/utils/validation.py), so a client that works against MLflow works here and vice versa. */
export const LIMITS = {
  maxEntityKeyLength: 250,
  maxParamValueLength: 6000,
  maxTagValueLength: 8000,
  maxExperimentTagValueLength: 5000,
  maxExperimentNameLength: 500,
  maxRunNameLength: 250,
  maxMetricsPerBatch: 1000,
  maxParamsTagsPerBatch: 100,
  maxEntitiesPerBatch: 1000,
  maxBatchRequestBytes: 1_000_000,
  maxDatasetInputsPerRequest: 1000,
  searchDatasetsMaxExperiments: 20,
  searchDatasetsMaxResults: 1000,
  searchMaxResultsDefault: 1000,
  searchMaxResultsThreshold: 50_000,
  metricHistoryMaxResults: 25_000,
  bulkHistoryMaxRuns: 100,
  bulkIntervalMaxRuns: 100,
  /** MLflow 3's MAX_RESULTS_PER_RUN. */
  bulkIntervalMaxResults: 2500,
} as const;
