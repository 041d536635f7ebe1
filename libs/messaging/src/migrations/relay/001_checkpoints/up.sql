-- Where each relay stopped: the last global position it published to Kafka (DESIGN.md principle 3).
-- Runs with search_path set to the schema the caller chose (see ../../../migrations.ts).
CREATE TABLE IF NOT EXISTS relay_checkpoints (
  relay_name text PRIMARY KEY,
  position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
