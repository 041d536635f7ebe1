-- The monitoring service owns the PostgreSQL schema "monitoring" (DESIGN.md principle 2); migrate() creates the schema
-- and runs this inside it. No other service reads these tables. Later migrations add the real ones.
CREATE TABLE monitoring.service_info (
  key   text PRIMARY KEY,
  value text NOT NULL
);

INSERT INTO monitoring.service_info (key, value) VALUES ('owner', 'monitoring');
