-- The tracking service owns the PostgreSQL schema "tracking" (DESIGN.md principle 2); migrate() creates the schema
-- and runs this inside it. No other service reads these tables. Later migrations add the real ones.
CREATE TABLE tracking.service_info (
  key   text PRIMARY KEY,
  value text NOT NULL
);

INSERT INTO tracking.service_info (key, value) VALUES ('owner', 'tracking');
