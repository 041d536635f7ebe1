-- The governance service owns the PostgreSQL schema "governance" (DESIGN.md principle 2); migrate() creates the schema
-- and runs this inside it. No other service reads these tables. Later migrations add the real ones.
CREATE TABLE governance.service_info (
  key   text PRIMARY KEY,
  value text NOT NULL
);

INSERT INTO governance.service_info (key, value) VALUES ('owner', 'governance');
