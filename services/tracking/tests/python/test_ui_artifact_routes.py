"""The artifact routes the MLflow UI and older clients use, against artifacts the unmodified mlflow client logged:
ListArtifacts, /get-artifact, the UI's upload-artifact and MLflow 3's logged-model artifact routes. Traversal
attempts are sent as raw HTTP (http.client), since requests would normalise them away."""
import http.client
import json
import os
import secrets
import urllib.parse

import mlflow
import mlflow.sklearn
import pytest
import requests
from mlflow import MlflowClient
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression

API = "/api/2.0/mlflow"
AJAX = "/ajax-api/2.0/mlflow"


@pytest.fixture(scope="module")
def client():
    return MlflowClient()


@pytest.fixture(scope="module")
def logged(tmp_path_factory):
    """A run with a text file, an HTML page, a nested JSON file and a scikit-learn model, logged by the client."""
    X, y = make_classification(n_samples=40, n_features=4, random_state=3)
    html = tmp_path_factory.mktemp("html") / "report.html"
    html.write_text("<script>alert(document.domain)</script>")
    mlflow.set_experiment("ui-artifact-routes")
    with mlflow.start_run() as run:
        mlflow.log_text("hello ui\n", "notes.txt")
        mlflow.log_dict({"a": 1}, "config/params.json")
        mlflow.log_artifact(str(html))
        info = mlflow.sklearn.log_model(LogisticRegression().fit(X, y), name="model")
    return run, info


def _raw(base, path):
    parts = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)
        conn.putheader("Authorization", "Bearer " + os.environ["MLFLOW_TRACKING_TOKEN"])
        conn.endheaders()
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def test_list_artifacts_matches_what_the_client_sees(tracking_uri, client, logged):
    run, _ = logged
    run_id = run.info.run_id
    for prefix in (API, AJAX):
        body = requests.get(tracking_uri + prefix + "/artifacts/list", params={"run_id": run_id}, timeout=10).json()
        assert body["root_uri"] == run.info.artifact_uri
        assert {(f["path"], f["is_dir"]) for f in body["files"]} == {
            (f.path, f.is_dir) for f in client.list_artifacts(run_id)
        }
    nested = requests.get(tracking_uri + API + "/artifacts/list", params={"run_id": run_id, "path": "config"},
                          timeout=10).json()
    assert nested["files"] == [{"path": "config/params.json", "is_dir": False, "file_size": len('{\n  "a": 1\n}')}]
    assert "next_page_token" not in nested


def test_get_artifact_serves_text_as_text_and_html_never_as_html(tracking_uri, logged):
    run, _ = logged
    text = requests.get(tracking_uri + "/get-artifact", params={"run_id": run.info.run_id, "path": "notes.txt"},
                        timeout=10)
    assert (text.status_code, text.content) == (200, b"hello ui\n")
    assert text.headers["Content-Type"] == "text/plain"
    assert text.headers["Content-Disposition"] == 'attachment; filename="notes.txt"'
    assert text.headers["X-Content-Type-Options"] == "nosniff"
    page = requests.get(tracking_uri + "/get-artifact", params={"run_uuid": run.info.run_id, "path": "report.html"},
                        timeout=10)
    assert page.status_code == 200
    assert page.headers["Content-Type"] == "application/octet-stream"
    assert "sandbox" in page.headers["Content-Security-Policy"]
    missing = requests.get(tracking_uri + "/get-artifact", params={"run_id": run.info.run_id, "path": "nope.txt"},
                           timeout=10)
    assert (missing.status_code, missing.json()["error_code"]) == (404, "RESOURCE_DOES_NOT_EXIST")


def test_ui_upload_is_stored_verbatim_and_the_client_reads_it(tracking_uri, client, logged, tmp_path):
    run, _ = logged
    body = '{"charts": [1, 2.50],   "x": "y"}'
    url = tracking_uri + AJAX + "/upload-artifact"
    response = requests.post(url, params={"run_uuid": run.info.run_id, "path": "ui/state.json"}, data=body,
                             headers={"Content-Type": "application/json"}, timeout=10)
    assert response.status_code == 200, response.text
    local = client.download_artifacts(run.info.run_id, "ui/state.json", str(tmp_path))
    with open(local) as handle:
        assert handle.read() == body
    too_big = requests.post(url, params={"run_uuid": run.info.run_id, "path": "ui/big.bin"},
                            data=b"x" * (10 * 1024 * 1024 + 1), headers={"Content-Type": "application/json"},
                            timeout=30)
    assert too_big.status_code == 400
    assert too_big.json()["message"] == "Artifact size is too large. Max size is 10MB."
    assert "ui/big.bin" not in {f.path for f in client.list_artifacts(run.info.run_id, "ui")}
    # A browser page on another site: Origin set, a form-safe type. A script without Origin may send any type.
    csrf = requests.post(url, params={"run_uuid": run.info.run_id, "path": "ui/csrf.txt"}, data="x",
                         headers={"Content-Type": "text/plain", "Origin": "http://evil.example"}, timeout=10)
    assert csrf.status_code == 400
    assert "ui/csrf.txt" not in {f.path for f in client.list_artifacts(run.info.run_id, "ui")}
    scripted = requests.post(url, params={"run_uuid": run.info.run_id, "path": "ui/notes.txt"}, data="hello", timeout=10)
    assert scripted.status_code == 200, scripted.text
    assert requests.post(url, params={"path": "ui/x.txt"}, data="x", timeout=10).json()["message"] == \
        "Request must specify run_uuid."
    assert requests.post(url, params={"run_uuid": run.info.run_id}, data="x", timeout=10).json()["message"] == \
        "Request must specify path."


def test_logged_model_artifact_routes(tracking_uri, client, logged, tmp_path):
    _, info = logged
    listed = requests.get(f"{tracking_uri}{API}/logged-models/{info.model_id}/artifacts/directories", timeout=10).json()
    assert listed["root_uri"] == client.get_logged_model(info.model_id).artifact_location
    assert {f["path"] for f in listed["files"]} == {f.path for f in client.list_logged_model_artifacts(info.model_id)}
    assert "MLmodel" in {f["path"] for f in listed["files"]}
    mlmodel = requests.get(f"{tracking_uri}{AJAX}/logged-models/{info.model_id}/artifacts/files",
                           params={"artifact_file_path": "MLmodel"}, timeout=10)
    assert mlmodel.status_code == 200 and mlmodel.headers["Content-Type"] == "text/plain"
    location = client.get_logged_model(info.model_id).artifact_location
    local = mlflow.artifacts.download_artifacts(artifact_uri=f"{location}/MLmodel", dst_path=str(tmp_path))
    with open(local, "rb") as handle:
        assert handle.read() == mlmodel.content
    unknown = requests.get(f"{tracking_uri}{AJAX}/logged-models/m-{'0' * 32}/artifacts/files",
                           params={"artifact_file_path": "MLmodel"}, timeout=10)
    assert unknown.status_code == 404


ATTACKS = [
    ("plain ..", "../../../../etc/passwd"),
    ("CVE-2023-2780 backslash", "..%5c..%5cetc%5cpasswd"),
    ("CVE-2024-1560 %2e%2e", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("CVE-2024-1560 double-encoded", "%252e%252e%252fetc%252fpasswd"),
    ("absolute", "%2fetc%2fpasswd"),
    ("NUL byte", "notes.txt%00.png"),
    ("CVE-2023-6909 fragment", "x%23%2f..%2f..%2fetc"),
    ("CVE-2024-1593 path parameter", "x%3b%2f..%2f..%2fetc"),
]
ROUTES = [
    ("list", API + "/artifacts/list?run_id={run}&path={attack}"),
    ("get-artifact", "/get-artifact?run_id={run}&path={attack}"),
    ("model files", AJAX + "/logged-models/{model}/artifacts/files?artifact_file_path={attack}"),
    ("model directories", API + "/logged-models/{model}/artifacts/directories?artifact_directory_path={attack}"),
]


@pytest.mark.parametrize("route,template", ROUTES, ids=[r[0] for r in ROUTES])
@pytest.mark.parametrize("name,attack", ATTACKS, ids=[a[0] for a in ATTACKS])
def test_traversal_is_refused_with_invalid_parameter_value(tracking_uri, logged, route, template, name, attack):
    run, info = logged
    status, body = _raw(tracking_uri, template.format(run=run.info.run_id, model=info.model_id, attack=attack))
    assert status == 400, (status, body)
    assert json.loads(body)["error_code"] == "INVALID_PARAMETER_VALUE"
    assert b"root:" not in body


def test_traversal_upload_is_refused(tracking_uri, client, logged):
    run, _ = logged
    name = f"pwned-{secrets.token_hex(4)}.txt"
    response = requests.post(tracking_uri + AJAX + "/upload-artifact",
                             params={"run_uuid": run.info.run_id, "path": f"../../{name}"}, data='"x"',
                             headers={"Content-Type": "application/json"}, timeout=10)
    assert (response.status_code, response.json()["error_code"]) == (400, "INVALID_PARAMETER_VALUE")
