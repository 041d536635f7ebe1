"""Starts tracking, registry and governance wired together (cairn_platform) on one throwaway database; the tests
act as real users would: the bootstrap admin sets up principals, tokens and policies over governance's REST API,
data scientists and approvers use the unmodified mlflow client with their own MLFLOW_TRACKING_TOKEN."""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "testing", "python"))
from cairn_services import admin_token, cairn_platform, use_mlflow_server  # noqa: E402


@pytest.fixture(scope="session")
def platform(tmp_path_factory):
    with cairn_platform("cairn_governance_e2e", str(tmp_path_factory.mktemp("artifacts"))) as urls:
        use_mlflow_server(urls["tracking"])
        yield urls


@pytest.fixture(scope="session")
def admin():
    return admin_token()
