-- Experiments, runs, params, metrics, tags and dataset inputs (the MLflow tracking model). Metric points and params
-- live here, not in the event store (DESIGN.md principle 1); coarse events go to the event store in the same
-- transaction as the row they describe.
CREATE SEQUENCE tracking.experiment_id_seq START WITH 1;

CREATE TABLE tracking.experiments (
  experiment_id     bigint PRIMARY KEY,
  name              text   NOT NULL UNIQUE,
  artifact_location text   NOT NULL,
  lifecycle_stage   text   NOT NULL DEFAULT 'active' CHECK (lifecycle_stage IN ('active', 'deleted')),
  creation_time     bigint NOT NULL,
  last_update_time  bigint NOT NULL
);
CREATE INDEX experiments_creation ON tracking.experiments (creation_time DESC, experiment_id);

CREATE TABLE tracking.experiment_tags (
  experiment_id bigint NOT NULL REFERENCES tracking.experiments (experiment_id),
  key           text   NOT NULL,
  value         text   NOT NULL,
  PRIMARY KEY (experiment_id, key)
);

-- MLflow's default experiment.
INSERT INTO tracking.experiments (experiment_id, name, artifact_location, creation_time, last_update_time)
VALUES (0, 'Default', 'mlflow-artifacts:/0',
        (extract(epoch FROM now()) * 1000)::bigint, (extract(epoch FROM now()) * 1000)::bigint);

CREATE TABLE tracking.runs (
  run_id          text   PRIMARY KEY,
  experiment_id   bigint NOT NULL REFERENCES tracking.experiments (experiment_id),
  name            text   NOT NULL DEFAULT '',
  user_id         text   NOT NULL DEFAULT '',
  status          text   NOT NULL CHECK (status IN ('RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED')),
  start_time      bigint NOT NULL,
  end_time        bigint,
  artifact_uri    text   NOT NULL,
  lifecycle_stage text   NOT NULL DEFAULT 'active' CHECK (lifecycle_stage IN ('active', 'deleted')),
  deleted_time    bigint
);
-- search_runs' default order within experiments.
CREATE INDEX runs_experiment_start ON tracking.runs (experiment_id, start_time DESC, run_id);

CREATE TABLE tracking.params (
  run_id text NOT NULL REFERENCES tracking.runs (run_id),
  key    text NOT NULL,
  value  text NOT NULL,
  PRIMARY KEY (run_id, key)
);
CREATE INDEX params_key_value ON tracking.params (key, value);

CREATE TABLE tracking.tags (
  run_id text NOT NULL REFERENCES tracking.runs (run_id),
  key    text NOT NULL,
  value  text NOT NULL,
  PRIMARY KEY (run_id, key)
);
CREATE INDEX tags_key_value ON tracking.tags (key, value);

-- Every point, for history. No primary key: appends are the hot path; history reads by (run, key, step).
CREATE TABLE tracking.metrics (
  run_id    text             NOT NULL,
  key       text             NOT NULL,
  value     double precision NOT NULL,
  timestamp bigint           NOT NULL,
  step      bigint           NOT NULL
);
CREATE INDEX metrics_run_key_step ON tracking.metrics (run_id, key, step, timestamp);

-- One row per (run, key): the point with the greatest (step, timestamp, value). Search filters and orders here.
CREATE TABLE tracking.latest_metrics (
  run_id    text             NOT NULL REFERENCES tracking.runs (run_id),
  key       text             NOT NULL,
  value     double precision NOT NULL,
  timestamp bigint           NOT NULL,
  step      bigint           NOT NULL,
  PRIMARY KEY (run_id, key)
);
CREATE INDEX latest_metrics_key_value ON tracking.latest_metrics (key, value, run_id);

CREATE TABLE tracking.datasets (
  dataset_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  experiment_id bigint NOT NULL REFERENCES tracking.experiments (experiment_id),
  name          text   NOT NULL,
  digest        text   NOT NULL,
  source_type   text   NOT NULL,
  source        text   NOT NULL,
  schema        text,
  profile       text,
  UNIQUE (experiment_id, name, digest)
);

CREATE TABLE tracking.run_inputs (
  run_id     text   NOT NULL REFERENCES tracking.runs (run_id),
  dataset_id bigint NOT NULL REFERENCES tracking.datasets (dataset_id),
  -- The input's tags as [{key, value}], and the mlflow.data.context tag pulled out for dataset.context filters.
  tags       jsonb  NOT NULL DEFAULT '[]',
  context    text,
  position   bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (run_id, dataset_id)
);
