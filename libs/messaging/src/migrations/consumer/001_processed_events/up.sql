-- Event ids each consumer has handled, written in the handler's transaction, so a redelivered event is skipped.
-- Runs with search_path set to the schema the caller chose (see ../../../migrations.ts).
CREATE TABLE IF NOT EXISTS processed_events (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
