-- The registry service owns the PostgreSQL schema "registry" (DESIGN.md principle 2); migrate() creates the schema
-- and runs this inside it. No other service reads these tables. Later migrations add the real ones.
CREATE TABLE registry.service_info (
  key   text PRIMARY KEY,
  value text NOT NULL
);

INSERT INTO registry.service_info (key, value) VALUES ('owner', 'registry');
