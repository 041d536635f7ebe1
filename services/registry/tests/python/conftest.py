"""Starts tracking and registry on free ports against one throwaway database (each migrates its own schema, as in
production), wired to each other: the registry reads runs and logged models from tracking (gRPC) and checks
artifacts through its proxy (HTTP); tracking forwards MLflow's registry routes to the registry."""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "testing", "python"))
from cairn_services import free_port, running_service, throwaway_database, use_mlflow_server  # noqa: E402


@pytest.fixture(scope="session")
def services(tmp_path_factory):
    tracking_port, tracking_grpc, registry_port = free_port(), free_port(), free_port()
    tracking_url, registry_url = f"http://127.0.0.1:{tracking_port}", f"http://127.0.0.1:{registry_port}"
    artifacts = str(tmp_path_factory.mktemp("artifacts"))
    with throwaway_database("cairn_registry_e2e") as database_url, running_service(
        "tracking", database_url, port=tracking_port, grpc_port=tracking_grpc,
        env={"CAIRN_ARTIFACT_ROOT": artifacts, "CAIRN_REGISTRY_URL": registry_url},
    ), running_service(
        "registry", database_url, port=registry_port,
        env={"CAIRN_TRACKING_URL": tracking_url, "CAIRN_TRACKING_GRPC_ADDRESS": f"127.0.0.1:{tracking_grpc}",
             "CAIRN_REGISTRY_VERIFY_TIMEOUT_MS": "15000"},
    ):
        yield {"tracking": tracking_url, "registry": registry_url}


@pytest.fixture(scope="session", autouse=True)
def mlflow_env(services):
    """By default the client talks to the registry directly; `via_tracking` tests use MLFLOW_TRACKING_URI alone."""
    use_mlflow_server(services["tracking"], registry_uri=services["registry"])
    yield
