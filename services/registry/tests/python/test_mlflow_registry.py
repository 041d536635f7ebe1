"""The model registry with the unmodified mlflow client: register, alias, load by alias, transition, search,
rename, update, tag and delete, MLflow's error codes, and the CVE sources refused."""
import uuid

import mlflow
import mlflow.pyfunc
import mlflow.sklearn
import numpy as np
import pytest
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException, RestException
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression


# Stages are deprecated in MLflow 3 but still served: their FutureWarnings are expected here.
pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning")


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def error_code(call):
    with pytest.raises(MlflowException) as raised:
        call()
    return raised.value.error_code


@pytest.fixture(scope="module")
def client():
    return MlflowClient()


@pytest.fixture(scope="module")
def trained():
    X, y = make_classification(n_samples=80, n_features=4, random_state=3)
    return X, LogisticRegression(max_iter=200).fit(X, y)


@pytest.fixture(scope="module")
def logged(trained):
    """Two runs, each logging a model with a dataset, params, metrics and a git commit tag (the lineage)."""
    X, model = trained
    mlflow.set_experiment("registry-e2e")
    runs = []
    for accuracy in (0.81, 0.93):
        with mlflow.start_run() as run:
            mlflow.set_tag("mlflow.source.git.commit", "0123abcd")
            mlflow.log_param("C", "1.0")
            mlflow.log_metric("accuracy", accuracy)
            mlflow.log_input(mlflow.data.from_numpy(X, name="train-set"), context="training")
            info = mlflow.sklearn.log_model(model, name="model", input_example=X[:2])
        runs.append((run, info))
    return runs


@pytest.fixture(scope="module")
def registered(logged):
    """Version 1 from a run URI, version 2 from a logged-model URI: register_model waits for READY."""
    name = unique("fraud")
    (run1, _), (_, info2) = logged
    v1 = mlflow.register_model(f"runs:/{run1.info.run_id}/model", name)
    v2 = mlflow.register_model(f"models:/{info2.model_id}", name)
    return name, v1, v2


def test_register_model_waits_until_ready_and_records_the_source(client, logged, registered):
    name, v1, v2 = registered
    (run1, info1), (run2, info2) = logged
    assert (v1.version, v2.version) == ("1", "2")
    got = client.get_model_version(name, "1")
    assert got.status == "READY" and got.current_stage == "None"
    # MLflow 3 resolves runs:/<run>/model to the logged model the run produced.
    assert (got.source, got.run_id) == (f"models:/{info1.model_id}", run1.info.run_id)
    assert client.get_model_version(name, "2").run_id == run2.info.run_id
    # Download from the logged model's artifact location, through tracking's artifact proxy.
    model = client.get_logged_model(info1.model_id)
    assert client.get_model_version_download_uri(name, "1") == model.artifact_location
    assert [v.version for v in client.get_registered_model(name).latest_versions] == ["2"]


def test_aliases_point_load_move_and_go(client, trained, registered):
    X, model = trained
    name, _, _ = registered
    client.set_registered_model_alias(name, "champion", "1")
    assert client.get_model_version_by_alias(name, "champion").version == "1"
    assert client.get_model_version(name, "1").aliases == ["champion"]
    assert client.get_registered_model(name).aliases == {"champion": "1"}

    loaded = mlflow.pyfunc.load_model(f"models:/{name}@champion")
    np.testing.assert_array_equal(loaded.predict(X[:5]), model.predict(X[:5]))
    np.testing.assert_array_equal(mlflow.pyfunc.load_model(f"models:/{name}/2").predict(X[:5]), model.predict(X[:5]))

    client.set_registered_model_alias(name, "champion", "2")
    assert client.get_model_version_by_alias(name, "champion").version == "2"
    assert client.get_model_version(name, "1").aliases == []
    client.delete_registered_model_alias(name, "champion")
    assert error_code(lambda: client.get_model_version_by_alias(name, "champion")) == "INVALID_PARAMETER_VALUE"
    assert error_code(lambda: client.set_registered_model_alias(name, "latest", "1")) == "INVALID_PARAMETER_VALUE"
    assert error_code(lambda: client.set_registered_model_alias(name, "champion", "99")) == "RESOURCE_DOES_NOT_EXIST"


def test_stage_transitions_archive_existing_and_latest_versions(client, registered):
    name, _, _ = registered
    assert client.transition_model_version_stage(name, "1", "staging").current_stage == "Staging"
    moved = client.transition_model_version_stage(name, "2", "Staging", archive_existing_versions=True)
    assert moved.current_stage == "Staging"
    assert client.get_model_version(name, "1").current_stage == "Archived"
    assert [(v.version, v.current_stage) for v in client.get_latest_versions(name, stages=["Staging"])] == [("2", "Staging")]
    assert [(v.version, v.current_stage) for v in client.get_latest_versions(name)] == [("2", "Staging"), ("1", "Archived")]
    client.transition_model_version_stage(name, "2", "Production")
    assert [v.version for v in client.get_latest_versions(name, stages=["Production"])] == ["2"]
    assert error_code(lambda: client.transition_model_version_stage(name, "2", "Deployed")) == "INVALID_PARAMETER_VALUE"
    assert error_code(lambda: client.transition_model_version_stage(name, "1", "Archived", archive_existing_versions=True)) == "INVALID_PARAMETER_VALUE"


def test_search_with_filters_order_and_pages(client, logged):
    (run1, info1), _ = logged
    prefix = unique("search")
    names = [f"{prefix}-{i}" for i in range(5)]
    for i, name in enumerate(names):
        client.create_registered_model(name, tags={"team": "risk" if i % 2 == 0 else "growth"})
    assert [m.name for m in client.search_registered_models(f"name = '{names[2]}'")] == [names[2]]
    assert [m.name for m in client.search_registered_models(f"name LIKE '{prefix}-%'")] == names
    assert [m.name for m in client.search_registered_models(f"name ILIKE '{prefix.upper()}-%' AND tags.team = 'risk'")] == names[0::2]
    assert [m.name for m in client.search_registered_models(f"name LIKE '{prefix}-%'", order_by=["name DESC"])] == names[::-1]

    first = client.search_registered_models(f"name LIKE '{prefix}-%'", max_results=2)
    assert [m.name for m in first] == names[:2] and first.token
    second = client.search_registered_models(f"name LIKE '{prefix}-%'", max_results=2, page_token=first.token)
    third = client.search_registered_models(f"name LIKE '{prefix}-%'", max_results=2, page_token=second.token)
    assert [m.name for m in second] + [m.name for m in third] == names[2:] and not third.token

    source = f"models:/{info1.model_id}"
    for _ in range(3):
        client.create_model_version(names[0], source, run_id=run1.info.run_id, tags={"kind": "candidate"})
    versions = client.search_model_versions(f"name = '{names[0]}'", order_by=["version_number ASC"])
    assert [v.version for v in versions] == ["1", "2", "3"]
    assert len(client.search_model_versions(f"run_id = '{run1.info.run_id}' AND name = '{names[0]}'")) == 3
    assert len(client.search_model_versions(f"source_path = '{source}' AND tags.kind = 'candidate'")) >= 3
    paged = client.search_model_versions(f"name = '{names[0]}'", max_results=2, order_by=["version_number DESC"])
    assert [v.version for v in paged] == ["3", "2"] and paged.token
    rest = client.search_model_versions(f"name = '{names[0]}'", max_results=2, order_by=["version_number DESC"], page_token=paged.token)
    assert [v.version for v in rest] == ["1"]
    assert error_code(lambda: client.search_registered_models("owner = 'x'")) == "INVALID_PARAMETER_VALUE"
    assert error_code(lambda: client.search_model_versions("name = 'a' OR name = 'b'")) == "INVALID_PARAMETER_VALUE"


def test_rename_moves_versions_aliases_and_tags(client, trained, logged):
    X, model = trained
    (run1, info1), _ = logged
    old, new = unique("old"), unique("new")
    client.create_registered_model(old, tags={"team": "risk"}, description="before")
    client.create_model_version(old, f"models:/{info1.model_id}", run_id=run1.info.run_id, await_creation_for=30)
    client.set_registered_model_alias(old, "prod", "1")

    client.rename_registered_model(old, new)
    renamed = client.get_registered_model(new)
    assert (renamed.name, renamed.description, renamed.tags, renamed.aliases) == (new, "before", {"team": "risk"}, {"prod": "1"})
    assert client.get_model_version(new, "1").status == "READY"
    assert client.get_model_version_by_alias(new, "prod").version == "1"
    assert error_code(lambda: client.get_registered_model(old)) == "RESOURCE_DOES_NOT_EXIST"
    np.testing.assert_array_equal(mlflow.pyfunc.load_model(f"models:/{new}@prod").predict(X[:3]), model.predict(X[:3]))
    # The old name is free again, and numbering there starts afresh.
    client.create_registered_model(old)
    assert error_code(lambda: client.rename_registered_model(new, old)) == "RESOURCE_ALREADY_EXISTS"


def test_descriptions_and_tags(client, logged):
    (run1, info1), _ = logged
    name = unique("described")
    client.create_registered_model(name)
    client.create_model_version(name, f"models:/{info1.model_id}", run_id=run1.info.run_id, await_creation_for=30)
    assert client.update_registered_model(name, description="fraud scorer").description == "fraud scorer"
    assert client.update_model_version(name, "1", description="first cut").description == "first cut"
    assert client.get_model_version(name, "1").description == "first cut"

    client.set_registered_model_tag(name, "owner", "ada")
    client.set_model_version_tag(name, "1", "validated", "yes")
    assert client.get_registered_model(name).tags == {"owner": "ada"}
    assert client.get_model_version(name, "1").tags == {"validated": "yes"}
    client.delete_registered_model_tag(name, "owner")
    client.delete_model_version_tag(name, "1", "validated")
    assert client.get_registered_model(name).tags == {}
    assert client.get_model_version(name, "1").tags == {}


def test_copy_model_version_keeps_location_and_run(client, registered):
    name, _, _ = registered
    destination = unique("copied")
    copy = client.copy_model_version(f"models:/{name}/1", destination)
    assert (copy.name, copy.version, copy.source) == (destination, "1", f"models:/{name}/1")
    assert copy.run_id == client.get_model_version(name, "1").run_id
    assert client.get_model_version_download_uri(destination, "1") == client.get_model_version_download_uri(name, "1")


def test_delete_version_then_model(client, logged):
    (run1, info1), _ = logged
    name = unique("deleted")
    client.create_registered_model(name)
    for _ in range(2):
        client.create_model_version(name, f"models:/{info1.model_id}", run_id=run1.info.run_id, await_creation_for=30)
    client.set_registered_model_alias(name, "canary", "2")
    client.delete_model_version(name, "2")
    assert error_code(lambda: client.get_model_version(name, "2")) == "RESOURCE_DOES_NOT_EXIST"
    assert client.get_registered_model(name).aliases == {}
    # A deleted version's number is not reused.
    assert client.create_model_version(name, f"models:/{info1.model_id}", run_id=run1.info.run_id, await_creation_for=30).version == "3"
    client.delete_registered_model(name)
    assert error_code(lambda: client.get_registered_model(name)) == "RESOURCE_DOES_NOT_EXIST"
    assert error_code(lambda: client.delete_registered_model(name)) == "RESOURCE_DOES_NOT_EXIST"
    assert client.search_model_versions(f"name = '{name}'") == []


def test_error_codes_match_mlflow(client, registered):
    name, _, _ = registered
    assert error_code(lambda: client.create_registered_model(name)) == "RESOURCE_ALREADY_EXISTS"
    assert error_code(lambda: client.get_registered_model(unique("missing"))) == "RESOURCE_DOES_NOT_EXIST"
    assert error_code(lambda: client.get_model_version(name, "42")) == "RESOURCE_DOES_NOT_EXIST"
    assert error_code(lambda: client.create_model_version(unique("missing"), "runs:/" + "0" * 32 + "/model")) == "INVALID_PARAMETER_VALUE"
    assert error_code(lambda: client.set_registered_model_tag(name, "../escape", "x")) == "INVALID_PARAMETER_VALUE"
    assert error_code(lambda: client.get_model_version(name, "one")) == "INVALID_PARAMETER_VALUE"


def cve_sources(run_id, experiment_id):
    other_run = "f" * 32
    return [
        # CVE-2023-1177: the server's own disk.
        "/etc/passwd",
        "file:///etc/passwd",
        "file://localhost/etc/passwd",
        "C:\\Windows\\win.ini",
        # CVE-2023-2356: relative references, plain and encoded once or twice.
        "../../../../etc/passwd",
        f"mlflow-artifacts:/{experiment_id}/{run_id}/artifacts/../../../../etc",
        f"mlflow-artifacts:/{experiment_id}/{run_id}/artifacts/%2e%2e/%2e%2e/%2e%2e/etc",
        f"mlflow-artifacts:/{experiment_id}/{run_id}/artifacts/%252e%252e/%252e%252e/etc",
        f"runs:/{run_id}/../../{other_run}/artifacts",
        f"runs:/{run_id}/..%2f..%2f{other_run}",
        # CVE-2023-2780: other separators and forms.
        f"mlflow-artifacts:/{experiment_id}/{run_id}/artifacts/..\\..\\etc",
        f"mlflow-artifacts:/{experiment_id}/{run_id}/artifacts/model%00.txt",
        f"mlflow-artifacts://evil.example/{experiment_id}/{run_id}/artifacts",
        "http://evil.example/api/2.0/mlflow-artifacts/artifacts/../../../../etc",
        "s3://someone-elses-bucket/model",
        # Inside the store but not the given run's artifacts.
        f"mlflow-artifacts:/{experiment_id}/{other_run}/artifacts/model",
    ]


def test_sources_outside_the_artifact_store_are_refused(client, logged):
    (run1, _), _ = logged
    name = unique("cve")
    client.create_registered_model(name)
    for source in cve_sources(run1.info.run_id, run1.info.experiment_id):
        with pytest.raises(RestException) as raised:
            client.create_model_version(name, source, run_id=run1.info.run_id, await_creation_for=0)
        assert raised.value.error_code == "INVALID_PARAMETER_VALUE", source
    assert client.search_model_versions(f"name = '{name}'") == []
    # The same run's artifacts are accepted.
    ok = client.create_model_version(name, f"runs:/{run1.info.run_id}/model", run_id=run1.info.run_id, await_creation_for=0)
    assert ok.version == "1"


def test_only_mlflow_tracking_uri_through_the_tracking_proxy(services, trained, logged):
    """Users set MLFLOW_TRACKING_URI alone: tracking forwards the registry routes, the client never knows."""
    X, model = trained
    _, (run2, info2) = logged
    mlflow.set_registry_uri(services["tracking"])
    try:
        proxied = MlflowClient(registry_uri=services["tracking"])
        name = unique("proxied")
        version = mlflow.register_model(f"runs:/{run2.info.run_id}/model", name)  # waits for READY
        assert proxied.get_model_version(name, version.version).status == "READY"
        proxied.set_registered_model_alias(name, "champion", version.version)
        loaded = mlflow.pyfunc.load_model(f"models:/{name}@champion")
        np.testing.assert_array_equal(loaded.predict(X[:4]), model.predict(X[:4]))
        assert [m.name for m in proxied.search_registered_models(f"name = '{name}'")] == [name]
        assert error_code(lambda: proxied.create_registered_model(name)) == "RESOURCE_ALREADY_EXISTS"
        assert error_code(lambda: proxied.get_model_version(name, "7")) == "RESOURCE_DOES_NOT_EXIST"
        proxied.delete_registered_model(name)
    finally:
        mlflow.set_registry_uri(services["registry"])
