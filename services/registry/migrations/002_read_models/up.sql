-- The registry's read models: projections of the `model-<name>` streams, written in the same transaction as the
-- events they come from (services/registry/src/infrastructure/postgres/projector.ts) and rebuilt from the event
-- store by replaying those streams (rebuild.ts). The event store is the truth; nothing here is edited by hand.
-- Timestamps are epoch milliseconds, as MLflow's.

CREATE TABLE registry.registered_models (
  name                   text PRIMARY KEY,
  description            text,
  creation_timestamp     bigint NOT NULL,
  last_updated_timestamp bigint NOT NULL
);
-- search_registered_models orders by last_updated_timestamp (then name).
CREATE INDEX registered_models_last_updated ON registry.registered_models (last_updated_timestamp, name);

CREATE TABLE registry.registered_model_tags (
  name  text NOT NULL REFERENCES registry.registered_models (name) ON DELETE CASCADE,
  key   text NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (name, key)
);

CREATE TABLE registry.model_versions (
  name                   text NOT NULL REFERENCES registry.registered_models (name) ON DELETE CASCADE,
  version                integer NOT NULL,
  creation_timestamp     bigint NOT NULL,
  last_updated_timestamp bigint NOT NULL,
  user_id                text,
  current_stage          text NOT NULL CHECK (current_stage IN ('None', 'Staging', 'Production', 'Archived')),
  description            text,
  source                 text NOT NULL,
  -- Where the artifacts are (inside Cairn's store); get-download-uri answers it.
  storage_location       text NOT NULL,
  run_id                 text,
  model_id               text,
  run_link               text,
  status                 text NOT NULL CHECK (status IN ('PENDING_REGISTRATION', 'READY', 'FAILED_REGISTRATION')),
  status_message         text,
  -- Run, experiment, logged model, datasets, code version and metrics snapshot at registration (the event's).
  lineage                jsonb NOT NULL,
  PRIMARY KEY (name, version)
);
-- search_model_versions' filters run_id = … and source_path = …; the default order is last_updated DESC.
CREATE INDEX model_versions_run_id ON registry.model_versions (run_id);
CREATE INDEX model_versions_last_updated ON registry.model_versions (last_updated_timestamp);
-- Versions whose artifact check has not finished (re-checked after a restart).
CREATE INDEX model_versions_pending ON registry.model_versions (name, version) WHERE status = 'PENDING_REGISTRATION';

CREATE TABLE registry.model_version_tags (
  name    text NOT NULL,
  version integer NOT NULL,
  key     text NOT NULL,
  value   text NOT NULL,
  PRIMARY KEY (name, version, key),
  FOREIGN KEY (name, version) REFERENCES registry.model_versions (name, version) ON DELETE CASCADE
);

CREATE TABLE registry.aliases (
  name    text NOT NULL REFERENCES registry.registered_models (name) ON DELETE CASCADE,
  alias   text NOT NULL,
  version integer NOT NULL,
  PRIMARY KEY (name, alias),
  FOREIGN KEY (name, version) REFERENCES registry.model_versions (name, version) ON DELETE CASCADE
);

-- Every promotion request of a live model (pending and decided), for "what is waiting" and the model's history in
-- the UI; the event store keeps them after the model is gone.
CREATE TABLE registry.promotions (
  name               text NOT NULL REFERENCES registry.registered_models (name) ON DELETE CASCADE,
  request_id         text NOT NULL,
  version            integer NOT NULL,
  -- {kind: 'alias', alias} | {kind: 'stage', stage, archiveExistingVersions}
  target             jsonb NOT NULL,
  requested_by       text NOT NULL,
  requested_at       bigint NOT NULL,
  status             text NOT NULL CHECK (status IN ('requested', 'awaiting-approval', 'allowed', 'denied', 'abandoned')),
  decision_id        text,
  approvals_required integer,
  reasons            jsonb NOT NULL DEFAULT '[]',
  decided_at         bigint,
  PRIMARY KEY (name, request_id)
);
