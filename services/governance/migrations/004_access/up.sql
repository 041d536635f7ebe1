-- The access projection (principal-* streams), projected inline like the other read models: who a token hash
-- belongs to, and each principal's role bindings. Tokens are stored only as SHA-256 hashes.
CREATE TABLE governance.principals (
  principal_id text PRIMARY KEY,
  name         text NOT NULL,
  kind         text NOT NULL,
  -- [{"role": "...", "scope": "glob" | null}], scope always present so containment (@>) compares whole bindings
  roles        jsonb NOT NULL DEFAULT '[]',
  created_at   bigint NOT NULL
);

CREATE TABLE governance.tokens (
  token_hash   text PRIMARY KEY,
  token_id     text NOT NULL,
  principal_id text NOT NULL,
  issued_at    bigint NOT NULL,
  expires_at   bigint,
  revoked_at   bigint,
  UNIQUE (principal_id, token_id)
);
