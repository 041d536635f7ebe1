-- MLflow 3 logged models: a model is its own entity (id `m-<32 hex>`), with tags, params and the metrics a run
-- linked to it (log-batch / log-metric with model_id). Deletion is soft (lifecycle_stage), as in MLflow.
CREATE TABLE tracking.logged_models (
  model_id                  text   PRIMARY KEY,
  experiment_id             bigint NOT NULL REFERENCES tracking.experiments (experiment_id),
  name                      text   NOT NULL,
  artifact_location         text   NOT NULL,
  creation_timestamp_ms     bigint NOT NULL,
  last_updated_timestamp_ms bigint NOT NULL,
  status                    text   NOT NULL CHECK (status IN ('PENDING', 'READY', 'FAILED')),
  status_message            text,
  model_type                text,
  source_run_id             text   REFERENCES tracking.runs (run_id),
  lifecycle_stage           text   NOT NULL DEFAULT 'active' CHECK (lifecycle_stage IN ('active', 'deleted'))
);
-- search_logged_models' default order within experiments; runs:/ resolution looks models up by name.
CREATE INDEX logged_models_experiment_created ON tracking.logged_models (experiment_id, creation_timestamp_ms DESC, model_id);
CREATE INDEX logged_models_source_run ON tracking.logged_models (source_run_id);

CREATE TABLE tracking.logged_model_tags (
  model_id text NOT NULL REFERENCES tracking.logged_models (model_id),
  key      text NOT NULL,
  value    text NOT NULL,
  PRIMARY KEY (model_id, key)
);

CREATE TABLE tracking.logged_model_params (
  model_id text NOT NULL REFERENCES tracking.logged_models (model_id),
  key      text NOT NULL,
  value    text NOT NULL,
  PRIMARY KEY (model_id, key)
);

-- A separate table rather than a model_id column on tracking.metrics: the run's history stays the hot, key-less
-- append path, and a model's metrics carry their own dataset and source run.
CREATE TABLE tracking.logged_model_metrics (
  model_id       text             NOT NULL REFERENCES tracking.logged_models (model_id),
  key            text             NOT NULL,
  value          double precision NOT NULL,
  timestamp      bigint           NOT NULL,
  step           bigint           NOT NULL,
  run_id         text             REFERENCES tracking.runs (run_id),
  dataset_name   text,
  dataset_digest text,
  position       bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX logged_model_metrics_model_key ON tracking.logged_model_metrics (model_id, key);
CREATE INDEX logged_model_metrics_key_value ON tracking.logged_model_metrics (key, value);

-- A run's outputs (LogOutputs): the models it produced, at a step.
CREATE TABLE tracking.run_outputs (
  run_id   text   NOT NULL REFERENCES tracking.runs (run_id),
  model_id text   NOT NULL REFERENCES tracking.logged_models (model_id),
  step     bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, model_id)
);
