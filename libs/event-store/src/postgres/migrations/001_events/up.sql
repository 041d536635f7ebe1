-- The event store: one append-only table, global position gapless and in commit order (appends take an advisory
-- lock), each row chained to its predecessor by hash. See libs/event-store/README.md.
CREATE TABLE eventstore.events (
  global_position bigint      PRIMARY KEY CHECK (global_position > 0),
  id              uuid        NOT NULL UNIQUE,
  stream          text        NOT NULL,
  version         integer     NOT NULL CHECK (version > 0),
  type            text        NOT NULL,
  data            jsonb       NOT NULL,
  -- actor, causationId, correlationId, traceparent
  metadata        jsonb       NOT NULL,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
  prev_hash       bytea,
  hash            bytea       NOT NULL,
  CONSTRAINT events_stream_version_key UNIQUE (stream, version)
);

-- Statement-level, so even an UPDATE or DELETE that matches no row is refused.
CREATE FUNCTION eventstore.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'eventstore.events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'events are never changed; append a correcting event';
END;
$$;

CREATE TRIGGER events_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON eventstore.events
  FOR EACH STATEMENT EXECUTE FUNCTION eventstore.refuse_change();

-- The owner and superusers keep these rights (and can disable the trigger): in production the service role must
-- neither own this table nor be a superuser; grant it USAGE on the schema and SELECT, INSERT on the table.
REVOKE UPDATE, DELETE, TRUNCATE ON eventstore.events FROM PUBLIC;
