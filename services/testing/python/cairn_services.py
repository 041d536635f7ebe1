"""Test support for the Python suites that drive the real mlflow client: throwaway databases and Cairn services run
from source on free ports, exactly as `nx serve` runs them (the Python twin of services/testing/service-process.ts).
"""
import contextlib
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _psql(admin_url, sql):
    subprocess.run(["psql", admin_url, "-v", "ON_ERROR_STOP=1", "-qc", sql], check=True, capture_output=True)


def _with_db(url, name):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


@contextlib.contextmanager
def throwaway_database(prefix):
    """A new database owned by the application role (services migrate their own schemas); dropped afterwards."""
    admin = os.environ.get("CAIRN_PG_ADMIN_URL", "postgres://cairn_admin:cairn_admin@127.0.0.1:55432/postgres")
    app_url = os.environ.get("CAIRN_DATABASE_URL", "postgres://cairn:cairn@127.0.0.1:55432/cairn")
    name = f"{prefix}_{secrets.token_hex(4)}"
    _psql(admin, f"CREATE DATABASE {name}")
    try:
        try:
            _psql(admin, f"ALTER DATABASE {name} OWNER TO {urllib.parse.urlsplit(app_url).username or 'cairn'}")
        except subprocess.CalledProcessError:
            pass
        yield _with_db(app_url, name)
    finally:
        _psql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _log_file(name, port):
    local = os.path.join(REPO, ".local")
    return open(os.path.join(local, f"{name}-e2e-{port}.log"), "w") if os.path.isdir(local) else subprocess.DEVNULL


@contextlib.contextmanager
def running_service(name, database_url, port=None, grpc_port=None, env=None, ready_timeout=90):
    """Runs services/<name> on free (or given) ports until the block ends; yields its base URL once /readyz is 200."""
    port, grpc_port = port or free_port(), grpc_port or free_port()
    full_env = dict(os.environ, PORT=str(port), GRPC_PORT=str(grpc_port), CAIRN_DATABASE_URL=database_url,
                    KAFKA_BROKERS=os.environ.get("KAFKA_BROKERS", "127.0.0.1:19092"), LOG_LEVEL="warn", **(env or {}))
    log = _log_file(name, port)
    proc = subprocess.Popen(["node", "-r", "@swc-node/register", f"services/{name}/src/main.ts"], cwd=REPO, env=full_env,
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + ready_timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} service exited with {proc.returncode} (log: {getattr(log, 'name', '-')})")
            try:
                with urllib.request.urlopen(base + "/readyz", timeout=2) as response:
                    if response.status == 200:
                        break
            except Exception:
                pass
            if time.time() > deadline:
                raise RuntimeError(f"{name} service not ready after {ready_timeout} s")
            time.sleep(0.3)
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def admin_token():
    """The bootstrap admin's bearer token the services were started with (deploy/local/env.sh)."""
    token = os.environ.get("CAIRN_BOOTSTRAP_ADMIN_TOKEN")
    if not token:
        raise RuntimeError("CAIRN_BOOTSTRAP_ADMIN_TOKEN is not set: source deploy/local/env.sh")
    return token


def send_token_by_default(token):
    """Plain `requests` calls in the tests carry the token as a user's configured client would; an explicit
    Authorization header (or `headers={"Authorization": None}` to send none) wins."""
    import requests

    original = getattr(requests.Session.request, "_cairn_original", requests.Session.request)

    def request(self, method, url, **kwargs):
        headers = dict(kwargs.pop("headers", None) or {})
        if not any(name.lower() == "authorization" for name in headers):
            headers["Authorization"] = f"Bearer {token}"
        headers = {name: value for name, value in headers.items() if value is not None}
        return original(self, method, url, headers=headers, **kwargs)

    request._cairn_original = original
    requests.Session.request = request


def use_mlflow_server(tracking_uri, registry_uri=None, token=None):
    """Points the mlflow client at Cairn, failing fast (no retries) so error cases surface at once; the client sends
    `token` (default: the bootstrap admin's) as MLFLOW_TRACKING_TOKEN, and so do the tests' plain requests."""
    token = token or admin_token()
    os.environ["MLFLOW_TRACKING_TOKEN"] = token
    send_token_by_default(token)
    os.environ["MLFLOW_TRACKING_URI"] = tracking_uri
    os.environ["MLFLOW_HTTP_REQUEST_MAX_RETRIES"] = "0"
    os.environ["MLFLOW_HTTP_REQUEST_TIMEOUT"] = "10"
    if registry_uri:
        os.environ["MLFLOW_REGISTRY_URI"] = registry_uri
    import mlflow

    mlflow.set_tracking_uri(tracking_uri)
    if registry_uri:
        mlflow.set_registry_uri(registry_uri)


@contextlib.contextmanager
def cairn_platform(database_prefix, artifact_root, verify_timeout_ms="15000"):
    """Tracking, registry and governance on free ports against one throwaway database (each migrates its own schema),
    wired as in production: the registry reads runs from tracking and asks governance about every promotion,
    tracking forwards MLflow's registry routes, both ask governance about every token. Consumer groups are unique to
    this run, so these services never take the shared groups' partitions. Yields the three base URLs and the
    database URL."""
    tracking_port, tracking_grpc, registry_port = free_port(), free_port(), free_port()
    governance_port, governance_grpc = free_port(), free_port()
    urls = {
        "tracking": f"http://127.0.0.1:{tracking_port}",
        "registry": f"http://127.0.0.1:{registry_port}",
        "governance": f"http://127.0.0.1:{governance_port}",
    }
    run = secrets.token_hex(4)
    governance_address = {"CAIRN_GOVERNANCE_GRPC_ADDRESS": f"127.0.0.1:{governance_grpc}"}
    with throwaway_database(database_prefix) as database_url, running_service(
        "governance", database_url, port=governance_port, grpc_port=governance_grpc,
        env={"CAIRN_GOVERNANCE_AUDIT_GROUP": f"governance.audit.e2e-{run}"},
    ), running_service(
        "tracking", database_url, port=tracking_port, grpc_port=tracking_grpc,
        env={"CAIRN_ARTIFACT_ROOT": artifact_root, "CAIRN_REGISTRY_URL": urls["registry"], **governance_address},
    ), running_service(
        "registry", database_url, port=registry_port,
        env={"CAIRN_TRACKING_URL": urls["tracking"], "CAIRN_TRACKING_GRPC_ADDRESS": f"127.0.0.1:{tracking_grpc}",
             "CAIRN_REGISTRY_VERIFY_TIMEOUT_MS": verify_timeout_ms, **governance_address,
             "CAIRN_REGISTRY_LINEAGE_GROUP": f"registry.lineage.e2e-{run}",
             "CAIRN_REGISTRY_PROMOTIONS_GROUP": f"registry.promotions.e2e-{run}"},
    ):
        yield {**urls, "database": database_url}
