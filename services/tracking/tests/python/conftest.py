"""Starts a real tracking service on free ports against a throwaway database, for the mlflow client tests."""
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _psql(admin_url, sql):
    subprocess.run(["psql", admin_url, "-v", "ON_ERROR_STOP=1", "-qc", sql], check=True, capture_output=True)


def _with_db(url, name):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


@pytest.fixture(scope="session")
def tracking_uri():
    admin = os.environ.get("CAIRN_PG_ADMIN_URL", "postgres://cairn_admin:cairn_admin@127.0.0.1:55432/postgres")
    app_url = os.environ.get("CAIRN_DATABASE_URL", "postgres://cairn:cairn@127.0.0.1:55432/cairn")
    name = "cairn_mlflow_e2e_" + secrets.token_hex(4)
    _psql(admin, f"CREATE DATABASE {name}")
    try:
        _psql(admin, f"ALTER DATABASE {name} OWNER TO cairn")
    except subprocess.CalledProcessError:
        pass
    port, grpc_port = _free_port(), _free_port()
    env = dict(os.environ, PORT=str(port), GRPC_PORT=str(grpc_port), CAIRN_DATABASE_URL=_with_db(app_url, name),
               KAFKA_BROKERS=os.environ.get("KAFKA_BROKERS", "127.0.0.1:19092"), LOG_LEVEL="warn")
    log = open(os.path.join(REPO, ".local", f"tracking-e2e-{port}.log"), "w") if os.path.isdir(os.path.join(REPO, ".local")) else subprocess.DEVNULL
    proc = subprocess.Popen(["node", "-r", "@swc-node/register", "services/tracking/src/main.ts"], cwd=REPO, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"tracking service exited with {proc.returncode} (log: {getattr(log, 'name', '-')})")
            try:
                with urllib.request.urlopen(base + "/readyz", timeout=2) as response:
                    if response.status == 200:
                        break
            except Exception:
                pass
            if time.time() > deadline:
                raise RuntimeError("tracking service not ready after 90 s")
            time.sleep(0.3)
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        _psql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session", autouse=True)
def mlflow_env(tracking_uri):
    os.environ["MLFLOW_TRACKING_URI"] = tracking_uri
    os.environ["MLFLOW_HTTP_REQUEST_MAX_RETRIES"] = "0"
    os.environ["MLFLOW_HTTP_REQUEST_TIMEOUT"] = "10"
    import mlflow

    mlflow.set_tracking_uri(tracking_uri)
    yield
