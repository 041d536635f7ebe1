/** MLflow serves every registry endpoint under both prefixes; the UI uses /ajax-api, the client /api. */
export const MLFLOW_PREFIXES = ['api/2.0/mlflow', 'ajax-api/2.0/mlflow'];
