-- Governance's read models, projected inline from its streams in the transaction that appends the events
-- (services/governance/src/infrastructure/postgres/projector.ts) and rebuilt by replay (rebuild.ts).

-- Every policy's latest version; retired_at marks a policy that no longer applies (a new publish clears it).
CREATE TABLE governance.policies (
  policy_id    text PRIMARY KEY,
  version      integer NOT NULL,
  name         text NOT NULL,
  description  text NOT NULL DEFAULT '',
  scope        jsonb NOT NULL,
  effect       text NOT NULL,
  approvals    integer,
  message      text NOT NULL,
  source       text NOT NULL,
  hash         text NOT NULL,
  published_by text NOT NULL,
  published_at bigint NOT NULL,
  retired_at   bigint
);

-- One row per decision: what was asked, what the policies said, and where its approvals stand.
CREATE TABLE governance.decisions (
  decision_id        text PRIMARY KEY,
  model              text NOT NULL,
  model_version      integer NOT NULL,
  target_kind        text NOT NULL,
  target_name        text NOT NULL,
  request_id         text,
  requester          text NOT NULL,
  outcome            text NOT NULL,
  reasons            jsonb NOT NULL,
  policies           jsonb NOT NULL,
  approvals_required integer,
  approvers          text[] NOT NULL DEFAULT '{}',
  status             text NOT NULL,
  rejected_by        text,
  rejection          text,
  evaluated_at       bigint NOT NULL,
  closed_at          bigint
);
CREATE INDEX decisions_subject ON governance.decisions (model, model_version);

-- Every governance event, for the audit query API: keyed by the store's global position, so a replay or a
-- re-projection writes the same row once.
CREATE TABLE governance.audit (
  position      bigint PRIMARY KEY,
  event_id      uuid NOT NULL UNIQUE,
  stream        text NOT NULL,
  stream_version integer NOT NULL,
  type          text NOT NULL,
  actor         text NOT NULL,
  model         text,
  model_version integer,
  target_kind   text,
  target_name   text,
  occurred_at   timestamptz NOT NULL,
  data          jsonb NOT NULL
);
CREATE INDEX audit_subject ON governance.audit (model, model_version, position);
CREATE INDEX audit_stream ON governance.audit (stream, stream_version);
