"""mlflow-artifacts against Cairn: the unmodified mlflow client round-trips a tree of files, and MLflow's
path-traversal CVEs, sent as raw HTTP, are refused without effect. Uses conftest.py's `tracking_uri` service.

The raw attacks use http.client, not requests: urllib3 folds `..` segments before sending, which would hide
exactly what an attacker's hand-made request carries."""
import http.client
import json
import os
import secrets
import urllib.parse

import mlflow
import pytest
from mlflow import MlflowClient

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
ARTIFACT_ROOT = os.path.abspath(os.environ.get("CAIRN_ARTIFACT_ROOT", os.path.join(REPO, ".local", "artifacts")))
A = "/api/2.0/mlflow-artifacts/artifacts"


def _raw(base, method, path, body=None, headers=None):
    """Sends `path` byte for byte (no dot-segment folding, no re-encoding); returns (status, body bytes)."""
    parts = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        headers = {"Authorization": "Bearer " + os.environ["MLFLOW_TRACKING_TOKEN"], **(headers or {})}
        conn.putrequest(method, path, skip_host="Host" in headers, skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name, value)
        data = body.encode() if isinstance(body, str) else body
        if data is not None:
            conn.putheader("Content-Length", str(len(data)))
        conn.endheaders(data)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def base(tracking_uri):
    return tracking_uri


def _tree(root):
    """A small tree: text, JSON (sent by the client as application/json), binary, nested and empty files."""
    files = {
        "README.txt": b"hello artifacts\n",
        "input_example.json": b'{"columns": ["x"], "data": [[1]]}',
        "model/model.pkl": bytes(range(256)) * 64,
        "model/MLmodel": b"flavors:\n  python_function: {}\n",
        "model/nested/deeper/weights.bin": secrets.token_bytes(300_000),
        "empty.bin": b"",
    }
    for rel, data in files.items():
        path = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
    return files


def test_client_round_trips_a_tree_through_mlflow_artifacts(base, tmp_path):
    client = MlflowClient()
    files = _tree(tmp_path / "src")
    with mlflow.start_run() as run:
        assert run.info.artifact_uri.startswith("mlflow-artifacts:"), run.info.artifact_uri
        mlflow.log_artifacts(str(tmp_path / "src"))
        client.log_artifact(run.info.run_id, str(tmp_path / "src" / "README.txt"), artifact_path="docs")

    run_id = run.info.run_id
    top = {f.path: (f.is_dir, f.file_size) for f in client.list_artifacts(run_id)}
    assert top == {
        "README.txt": (False, len(files["README.txt"])),
        "docs": (True, None),
        "empty.bin": (False, 0),
        "input_example.json": (False, len(files["input_example.json"])),
        "model": (True, None),
    }
    # Below the top level straight through mlflow-artifacts: URIs: MlflowClient's run-scoped calls with a sub-path
    # also consult logged models (POST /mlflow/logged-models/search), which is the tracking core's business.
    uri = run.info.artifact_uri
    nested = mlflow.artifacts.list_artifacts(artifact_uri=f"{uri}/model/nested")
    assert [(f.path, f.is_dir) for f in nested] == [("nested/deeper", True)]  # the client keeps the last segment

    out = mlflow.artifacts.download_artifacts(artifact_uri=uri, dst_path=str(tmp_path / "dst"))
    for rel, data in files.items():
        with open(os.path.join(out, *rel.split("/")), "rb") as handle:
            assert handle.read() == data, rel
    # runs:/ URIs would also need the logged-models API; the mlflow-artifacts: URI needs only ours.
    assert mlflow.artifacts.load_text(f"{uri}/docs/README.txt") == "hello artifacts\n"
    assert mlflow.artifacts.load_dict(f"{uri}/input_example.json") == {"columns": ["x"], "data": [[1]]}
    nested = mlflow.artifacts.download_artifacts(artifact_uri=f"{uri}/model/nested", dst_path=str(tmp_path / "one"))
    with open(os.path.join(nested, "deeper", "weights.bin"), "rb") as handle:
        assert handle.read() == files["model/nested/deeper/weights.bin"]


def test_download_headers_and_missing_file(base):
    status, _ = _raw(base, "PUT", A + "/sec-test/headers/a.txt", "abc", {"Content-Type": "text/plain"})
    assert status == 200
    parts = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", A + "/sec-test/headers/a.txt", headers={"Authorization": "Bearer " + os.environ["MLFLOW_TRACKING_TOKEN"]})
    response = conn.getresponse()
    assert (response.status, response.read()) == (200, b"abc")
    assert response.getheader("Content-Type") == "text/plain"
    assert response.getheader("Content-Length") == "3"
    assert response.getheader("Content-Disposition").startswith("attachment")
    conn.close()
    status, body = _raw(base, "GET", A + "/sec-test/headers/missing.txt")
    assert status == 404 and json.loads(body)["error_code"] == "RESOURCE_DOES_NOT_EXIST"
    assert _raw(base, "DELETE", A + "/sec-test")[0] == 200
    assert _raw(base, "GET", A + "/sec-test/headers/a.txt")[0] == 404


@pytest.fixture()
def canary():
    """A file just outside the artifact root, with a unique name; the attacks aim at it."""
    name = f"cairn-canary-{secrets.token_hex(4)}.txt"
    path = os.path.join(os.path.dirname(ARTIFACT_ROOT), name)
    os.makedirs(ARTIFACT_ROOT, exist_ok=True)
    content = b"canary " + secrets.token_bytes(8).hex().encode()
    with open(path, "wb") as handle:
        handle.write(content)
    before = set(os.listdir(os.path.dirname(ARTIFACT_ROOT)))
    yield name, path, content, before
    os.remove(path)


ATTACKS = [
    ("GET", "plain ..", A + "/../{c}"),
    ("GET", "deep ..", A + "/1/2/../../../{c}"),
    ("GET", "CVE-2023-2780 backslash", A + "/..\\{c}"),
    ("GET", "CVE-2023-2780 encoded backslash", A + "/x%5c..%5c..%5c{c}"),
    ("GET", "CVE-2024-1560 %2e%2e", A + "/%2e%2e/{c}"),
    ("GET", "CVE-2024-1560 %2e%2e%2f", A + "/%2e%2e%2f{c}"),
    ("GET", "CVE-2024-1560 double-encoded", A + "/%252e%252e/{c}"),
    ("GET", "absolute via %2f", A + "/%2fetc%2fpasswd"),
    ("GET", "NUL byte", A + "/x.txt%00.png"),
    ("GET", "CVE-2023-6909 / CVE-2024-3848 fragment", A + "/x%23/../../{c}"),
    ("GET", "CVE-2024-1593 path parameter", A + "/x;/../../{c}"),
    ("GET", "list ..", A + "?path=.."),
    ("GET", "list double-encoded ..", A + "?path=%252e%252e"),
    ("PUT", "write ..", A + "/../{c}"),
    ("PUT", "write %2e%2e", A + "/%2e%2e/{c}"),
    ("PUT", "write double-encoded", A + "/%252e%252e/pwned-{c}"),
    ("PUT", "write backslash", A + "/..%5cpwned-{c}"),
    ("DELETE", "CVE-2024-1560 delete %2e%2e", A + "/%2e%2e/{c}"),
    ("DELETE", "delete double-encoded", A + "/%252e%252e/{c}"),
]


@pytest.mark.parametrize("method,name,template", ATTACKS, ids=[a[1] for a in ATTACKS])
def test_traversal_attack_is_refused_without_effect(base, canary, method, name, template):
    canary_name, canary_path, content, before = canary
    body = "pwned" if method == "PUT" else None
    headers = {"Content-Type": "application/octet-stream"} if method == "PUT" else {}
    status, reply = _raw(base, method, template.format(c=canary_name), body, headers)
    assert 400 <= status < 500, (status, reply)
    assert content not in reply
    assert "error_code" in json.loads(reply)
    with open(canary_path, "rb") as handle:
        assert handle.read() == content
    # Only our own names count: other processes may write logs beside the artifact root meanwhile.
    created = set(os.listdir(os.path.dirname(ARTIFACT_ROOT))) - before
    assert not [entry for entry in created if "pwned" in entry or canary_name in entry], created


def test_cross_site_text_plain_post_is_refused(base):
    """CVE-2023-43472: a form/text POST cannot drive the JSON API."""
    status, reply = _raw(base, "POST", "/api/2.0/mlflow/experiments/create", '{"name": "csrf"}',
                         {"Content-Type": "text/plain"})
    assert status == 400 and json.loads(reply)["error_code"] == "INVALID_PARAMETER_VALUE"


def test_rebound_host_is_refused(base):
    """CVE-2025-14279: DNS rebinding sends a foreign Host header."""
    status, reply = _raw(base, "GET", A + "?path=", headers={"Host": "attacker.example"})
    assert status == 403 and json.loads(reply)["error_code"] == "PERMISSION_DENIED"


@pytest.mark.parametrize("location", [
    "http:///#/../../etc/",
    "file:///etc/",
    "/etc",
    "mlflow-artifacts:/../../etc",
    "s3://bucket/elsewhere",
])
def test_experiment_artifact_location_outside_the_root_is_refused(base, location):
    """CVE-2024-1483: an experiment's artifact_location cannot point the server at files outside its root."""
    client = MlflowClient(base)
    name = f"cve-2024-1483-{secrets.token_hex(4)}"
    with pytest.raises(mlflow.exceptions.RestException) as excinfo:
        client.create_experiment(name, artifact_location=location)
    assert excinfo.value.error_code == "INVALID_PARAMETER_VALUE"
    assert client.get_experiment_by_name(name) is None
