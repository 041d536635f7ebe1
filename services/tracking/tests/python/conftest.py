"""Starts a real tracking service on free ports against a throwaway database, for the mlflow client tests."""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "testing", "python"))
from cairn_services import running_service, throwaway_database, use_mlflow_server  # noqa: E402


@pytest.fixture(scope="session")
def tracking_uri():
    with throwaway_database("cairn_mlflow_e2e") as database_url, running_service("tracking", database_url) as base:
        yield base


@pytest.fixture(scope="session", autouse=True)
def mlflow_env(tracking_uri):
    use_mlflow_server(tracking_uri)
    yield
