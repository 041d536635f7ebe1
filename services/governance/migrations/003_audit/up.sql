-- The audit trail's query API (services/governance/src/audit): governance's own events are audited inline
-- (002), the registry's (and, when configured, serving's) by the audit consumer. Keyed by the event store's global
-- position as before.
--
-- The columns the queries filter on that every event carries in its data are GENERATED, so the inline governance
-- audit rows (projector.ts), the consumer's rows and a bulk load all fill them the same way:
--   decision_id  PolicyEvaluated … PromotionRejected (governance), PromotionAllowed / Denied / AwaitingApproval (registry)
--   request_id   the registry's promotion request: its own events, and governance's through subject.requestId
--   deployment   serving's events (data.deployment) and governance decisions about a deployment
ALTER TABLE governance.audit
  ADD COLUMN decision_id text GENERATED ALWAYS AS (data ->> 'decisionId') STORED,
  ADD COLUMN request_id text GENERATED ALWAYS AS (COALESCE(data ->> 'requestId', data #>> '{subject,requestId}')) STORED,
  ADD COLUMN deployment text GENERATED ALWAYS AS (
    COALESCE(data ->> 'deployment', CASE WHEN target_kind = 'deployment' THEN target_name END)) STORED;

-- QueryAudit pages newest first (position DESC) under each filter; one index per filter that leads a query, so the
-- planner walks it backwards and stops after the page (model + version uses 002's audit_subject).
CREATE INDEX audit_model ON governance.audit (model, position);
CREATE INDEX audit_actor ON governance.audit (actor, position);
CREATE INDEX audit_type ON governance.audit (type, position);
-- A time window (with or without a type): the window's positions straight from the index (INCLUDE: no heap visit),
-- the page picked from them, then only its rows read (postgres/query-audit.ts narrowWindow).
CREATE INDEX audit_occurred_at ON governance.audit (occurred_at) INCLUDE (position);
CREATE INDEX audit_type_time ON governance.audit (type, occurred_at) INCLUDE (position);
-- A model's events of some types (QueryAudit model + type; ExplainDeployment's stage history and deletions).
CREATE INDEX audit_model_type ON governance.audit (model, type, position);
CREATE INDEX audit_deployment ON governance.audit (deployment, position) WHERE deployment IS NOT NULL;
-- ExplainDeployment: what an alias pointed at (its last change before `at`, walking back through alias changes
-- only), then the promotion and decision behind it.
CREATE INDEX audit_alias_changes ON governance.audit (model, target_name, position)
  WHERE type IN ('AliasAssigned', 'AliasDeleted');
CREATE INDEX audit_request ON governance.audit (request_id, position) WHERE request_id IS NOT NULL;
CREATE INDEX audit_decision ON governance.audit (decision_id, position) WHERE decision_id IS NOT NULL;
