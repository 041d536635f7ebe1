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


def use_mlflow_server(tracking_uri, registry_uri=None):
    """Points the mlflow client at Cairn, failing fast (no retries) so error cases surface at once."""
    os.environ["MLFLOW_TRACKING_URI"] = tracking_uri
    os.environ["MLFLOW_HTTP_REQUEST_MAX_RETRIES"] = "0"
    os.environ["MLFLOW_HTTP_REQUEST_TIMEOUT"] = "10"
    if registry_uri:
        os.environ["MLFLOW_REGISTRY_URI"] = registry_uri
    import mlflow

    mlflow.set_tracking_uri(tracking_uri)
    if registry_uri:
        mlflow.set_registry_uri(registry_uri)
