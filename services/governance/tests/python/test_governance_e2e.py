"""Issue 6 end to end: tokens and roles on every mutating call, policies on every promotion, approvals that complete a
promotion through Kafka, the causal chain of what serves, and a tamper-evident audit trail."""
import os
import re
import subprocess
import time

import mlflow
import pandas as pd
import pytest
import requests
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException

GOV = "/api/2.0/cairn/governance"
MODEL = "fraud-detector"


def call(platform, method, path, token, body=None, service="governance", **params):
    """A REST call with exactly this token (None: no Authorization header at all)."""
    headers = {"Authorization": f"Bearer {token}" if token else None}
    response = requests.request(method, platform[service] + path, json=body, params=params, headers=headers, timeout=30)
    return response.status_code, response.json() if response.content else {}


def ok(result):
    status, body = result
    assert status == 200, body
    return body


def principal_with_token(platform, admin, principal_id, role, ttl_seconds=0):
    ok(call(platform, "POST", f"{GOV}/principals", admin,
            {"principal_id": principal_id, "name": principal_id, "kind": "user", "roles": [{"role": role}]}))
    issued = ok(call(platform, "POST", f"{GOV}/principals/{principal_id}/tokens", admin, {"ttl_seconds": ttl_seconds}))
    assert issued["token"].startswith("cairn_") and "hash" not in str(issued)
    return issued["token"], issued["info"]["token_id"]


def as_user(token):
    """The mlflow client of someone whose MLFLOW_TRACKING_TOKEN is `token`."""
    os.environ["MLFLOW_TRACKING_TOKEN"] = token
    return MlflowClient()


def publish(platform, admin, policy_id, source, targets, effect="deny-unless", message="", approvals=None):
    body = {"policy_id": policy_id, "name": policy_id, "source": source, "effect": effect, "message": message or policy_id,
            "scope": {"model_pattern": "*", "targets": targets}}
    if approvals:
        body["approvals"] = approvals
    return ok(call(platform, "POST", f"{GOV}/policies", admin, body))


@pytest.fixture(scope="module")
def people(platform, admin):
    tokens = {name: principal_with_token(platform, admin, f"user:{name}", role)
              for name, role in [("dana", "data-scientist"), ("eli", "ml-engineer"), ("ava", "approver"), ("abe", "approver")]}
    publish(platform, admin, "minimum-accuracy", 'has(metrics.accuracy) && metrics.accuracy >= 0.9',
            ["Staging", "Production", "alias:production"], message="accuracy must be at least 0.90")
    publish(platform, admin, "four-eyes", "false", ["alias:production"], effect="require-approvals",
            message="production needs a second approver", approvals=1)
    return tokens


def train_and_register(token, accuracy):
    client = as_user(token)
    experiment = client.get_experiment_by_name("fraud") or client.get_experiment(client.create_experiment("fraud"))
    with mlflow.start_run(experiment_id=experiment.experiment_id) as run:
        mlflow.log_metric("accuracy", accuracy)
        frame = pd.DataFrame({"amount": [1.0, 2.0], "label": [0, 1]})
        mlflow.log_input(mlflow.data.from_pandas(frame, name="transactions-2026-11"), context="training")
        mlflow.log_text("flavors: {}\n", "model/MLmodel")
    if not client.search_registered_models(f"name = '{MODEL}'"):
        client.create_registered_model(MODEL)
    version = client.create_model_version(MODEL, f"runs:/{run.info.run_id}/model", run_id=run.info.run_id)
    deadline = time.time() + 30
    while client.get_model_version(MODEL, version.version).status != "READY":
        assert time.time() < deadline, "the version never became READY"
        time.sleep(0.2)
    return run.info.run_id, version.version


def test_a_data_scientist_cannot_promote_to_production_an_approver_completes_it(platform, admin, people):
    (dana, _), (ava, _), (abe, _) = people["dana"], people["ava"], people["abe"]
    run_id, version = train_and_register(dana, 0.95)  # data scientists may log and register

    with pytest.raises(MlflowException) as refused:
        as_user(dana).set_registered_model_alias(MODEL, "production", version)
    assert refused.value.error_code == "PERMISSION_DENIED"
    assert "user:dana may not registry.promote.production" in refused.value.message

    with pytest.raises(MlflowException) as waiting:
        as_user(ava).set_registered_model_alias(MODEL, "production", version)
    assert "needs 1 approval" in waiting.value.message
    decision_id = re.search(r"decision ([\w-]+)\)", waiting.value.message).group(1)

    status, body = call(platform, "POST", f"{GOV}/decisions/{decision_id}/approve", ava, {})
    assert status == 403 and body["error_code"] == "PERMISSION_DENIED"  # never one's own request
    approved = ok(call(platform, "POST", f"{GOV}/decisions/{decision_id}/approve", abe, {"comment": "checked"}))
    assert approved["decision"]["status"] == "approved"

    deadline = time.time() + 30
    while True:  # PromotionApproved travels over cairn.governance.events; the registry completes the promotion
        try:
            assert as_user(dana).get_model_version_by_alias(MODEL, "production").version == version
            break
        except MlflowException:
            assert time.time() < deadline, "the registry never completed the approved promotion"
            time.sleep(0.3)

    deadline = time.time() + 30
    while True:  # governance projects the registry's events from cairn.registry.events: allow for the consumer's lag
        status, chain = call(platform, "GET", f"{GOV}/audit/explain", dana, model=MODEL, alias="production")
        if status == 200 or time.time() > deadline:
            break
        time.sleep(0.5)
    assert status == 200, (chain, call(platform, "GET", f"{GOV}/audit", admin, model=MODEL, max_results=50))
    text = str(chain)
    for expected in (decision_id, "user:ava", "user:abe", run_id, "transactions-2026-11", "four-eyes", "minimum-accuracy"):
        assert expected in text, (expected, chain)

    denied = ok(call(platform, "GET", f"{GOV}/audit", admin, type="AccessDenied", actor="user:dana"))
    assert any(e["type"] == "AccessDenied" for e in denied["events"]), denied


def test_a_policy_denies_low_accuracy_and_the_mlflow_client_shows_why(platform, people):
    eli, _ = people["eli"]
    _, version = train_and_register(eli, 0.80)
    with pytest.raises(MlflowException) as denied:
        as_user(eli).transition_model_version_stage(MODEL, version, "Staging")
    assert denied.value.error_code == "PERMISSION_DENIED"
    assert "accuracy must be at least 0.90" in denied.value.message


def test_forged_expired_and_revoked_tokens_are_refused_and_audited(platform, admin, people):
    create = lambda token: call(platform, "POST", "/api/2.0/mlflow/experiments/create", token,  # noqa: E731
                                {"name": f"e-{time.time_ns()}"}, service="tracking")
    assert create(None)[0] == 401
    assert create("cairn_" + "A" * 43)[0] == 401  # forged
    short, _ = principal_with_token(platform, admin, "user:tess", "data-scientist", ttl_seconds=1)
    assert create(short)[0] == 200
    time.sleep(1.2)
    status, body = create(short)
    assert (status, body["error_code"]) == (401, "UNAUTHENTICATED") and "expired" in body["message"]

    dana, dana_token_id = people["dana"]
    assert create(dana)[0] == 200
    ok(call(platform, "POST", f"{GOV}/principals/user:dana/tokens/{dana_token_id}/revoke", admin, {"reason": "left"}))
    revoked_at, deadline = time.time(), time.time() + 10
    while create(dana)[0] != 401:  # services reuse an "allowed" for at most CAIRN_AUTH_CACHE_MS (5 s)
        assert time.time() < deadline, "a revoked token kept working"
        time.sleep(0.2)
    assert time.time() - revoked_at < 6.5
    assert call(platform, "POST", f"{GOV}/policies", dana, {})[0] == 401  # governance itself, without a cache

    failures = ok(call(platform, "GET", f"{GOV}/audit", admin, type="AuthenticationFailed", max_results=100))["events"]
    reasons = " ".join(str(e) for e in failures)
    for code in ("TOKEN_MISSING", "TOKEN_UNKNOWN", "TOKEN_EXPIRED", "TOKEN_REVOKED"):
        assert code in reasons, (code, failures)
    assert "cairn_" not in reasons  # a presented token never reaches the audit trail


def test_verify_audit_catches_an_edited_events_row(platform, admin, people):
    verified = ok(call(platform, "GET", f"{GOV}/audit/verify", admin))
    assert verified["ok"] is True and int(verified["checked"]) > 0
    admin_url = os.environ.get("CAIRN_PG_ADMIN_URL", "postgres://cairn_admin:cairn_admin@127.0.0.1:55432/postgres")
    database = platform["database"].rsplit("/", 1)[1]
    superuser_db = admin_url.rsplit("/", 1)[0] + "/" + database
    # As a superuser, past the append-only guard: rewrite one decision's recorded outcome.
    sql = ("SET session_replication_role = replica; "
           "UPDATE eventstore.events SET data = jsonb_set(data, '{outcome}', '\"allow\"') WHERE global_position = "
           "(SELECT min(global_position) FROM eventstore.events WHERE type = 'PolicyEvaluated') RETURNING global_position")
    edited = subprocess.run(["psql", superuser_db, "-v", "ON_ERROR_STOP=1", "-qtAc", sql], check=True,
                            capture_output=True, text=True).stdout.strip().splitlines()[0]
    broken = ok(call(platform, "GET", f"{GOV}/audit/verify", admin))
    assert broken["ok"] is False
    assert str(broken["first_broken_position"]) == edited, broken
