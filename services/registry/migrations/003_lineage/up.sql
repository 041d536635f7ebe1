-- Lineage the registry learns from cairn.tracking.events (services/registry/src/lineage/): runs, the datasets they
-- logged and the models they produced, so a version's lineage graph shows a run's outcome and datasets logged after
-- registration. Written only by the `registry.lineage` consumer, one upsert per event; each row remembers the run
-- stream's version of the event that last wrote it, and an older event never overwrites a newer one, so
-- redelivery, DLQ replays and out-of-order arrival all converge on the same rows. No foreign keys between the
-- tables: a dataset or model may arrive before its run's RunCreated.

CREATE TABLE registry.lineage_runs (
  run_id           text PRIMARY KEY,
  experiment_id    text NOT NULL,
  name             text,
  parent_run_id    text,
  user_id          text,
  -- RUNNING until a RunFinished is applied (a RunFinished that arrives first inserts the row terminal).
  status           text NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED', 'KILLED')),
  start_time       bigint,
  end_time         bigint,
  -- Run-stream versions of the RunCreated and of the latest RunFinished applied (NULL: not seen yet).
  created_version  integer,
  finished_version integer,
  updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE registry.lineage_datasets (
  run_id         text NOT NULL,
  name           text NOT NULL,
  digest         text NOT NULL,
  source_type    text,
  source         text,
  -- MLflow's `mlflow.data.context` input tag: training, validation, eval, …
  context        text,
  logged_at      timestamptz NOT NULL,
  stream_version integer NOT NULL,
  PRIMARY KEY (run_id, name, digest)
);

CREATE TABLE registry.lineage_models (
  model_id       text PRIMARY KEY,
  run_id         text,
  experiment_id  text,
  artifact_uri   text NOT NULL,
  name           text,
  model_type     text,
  logged_at      timestamptz NOT NULL,
  stream_version integer NOT NULL
);

CREATE INDEX lineage_models_by_run ON registry.lineage_models (run_id);
