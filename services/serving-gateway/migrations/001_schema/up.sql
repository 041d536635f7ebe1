-- The serving-gateway service owns the PostgreSQL schema "serving" (DESIGN.md principle 2); migrate() creates the schema
-- and runs this inside it. No other service reads these tables. Later migrations add the real ones.
CREATE TABLE serving.service_info (
  key   text PRIMARY KEY,
  value text NOT NULL
);

INSERT INTO serving.service_info (key, value) VALUES ('owner', 'serving-gateway');
