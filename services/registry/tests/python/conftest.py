"""Starts tracking, registry and governance on free ports against one throwaway database (cairn_platform): the
registry reads runs and logged models from tracking (gRPC), checks artifacts through its proxy (HTTP) and asks
governance (no policies: every promotion is allowed) before it moves an alias or a stage; tracking forwards MLflow's
registry routes to the registry."""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "testing", "python"))
from cairn_services import cairn_platform, use_mlflow_server  # noqa: E402


@pytest.fixture(scope="session")
def services(tmp_path_factory):
    with cairn_platform("cairn_registry_e2e", str(tmp_path_factory.mktemp("artifacts"))) as urls:
        yield urls


@pytest.fixture(scope="session", autouse=True)
def mlflow_env(services):
    """By default the client talks to the registry directly; `via_tracking` tests use MLFLOW_TRACKING_URI alone."""
    use_mlflow_server(services["tracking"], registry_uri=services["registry"])
    yield
