"""MLflow 3 logged models with the unmodified mlflow client: log, find, load and delete a scikit-learn model."""
import os

import mlflow
import mlflow.pyfunc
import mlflow.sklearn
import numpy as np
import pytest
import yaml
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression


@pytest.fixture(scope="module")
def client():
    return MlflowClient()


@pytest.fixture(scope="module")
def trained():
    X, y = make_classification(n_samples=60, n_features=4, random_state=7)
    return X, LogisticRegression(max_iter=200).fit(X, y)


@pytest.fixture(scope="module")
def logged(trained):
    X, model = trained
    mlflow.set_experiment("logged-models")
    with mlflow.start_run() as run:
        mlflow.log_params({"C": "1.0", "max_iter": "200"})
        mlflow.log_metric("accuracy", 0.9)
        mlflow.log_dict({"classes": [0, 1]}, "notes/classes.json")
        info = mlflow.sklearn.log_model(model, name="model", input_example=X[:2])
    return run, info


def test_log_model_creates_a_ready_logged_model(logged):
    run, info = logged
    assert info.model_id.startswith("m-") and len(info.model_id) == 34
    model = mlflow.get_logged_model(info.model_id)
    assert model.status.to_int() == 2  # READY: the client finalizes after the upload
    assert model.name == "model"
    assert model.source_run_id == run.info.run_id
    assert model.experiment_id == run.info.experiment_id
    assert model.artifact_location == (
        f"mlflow-artifacts:/{run.info.experiment_id}/models/{info.model_id}/artifacts"
    )
    # log_model copies the run's params and links the run's metrics to the model.
    assert model.params == {"C": "1.0", "max_iter": "200"}
    assert [(m.key, m.value, m.run_id) for m in model.metrics] == [("accuracy", 0.9, run.info.run_id)]


def test_search_logged_models_with_filter_and_order(logged, trained):
    run, info = logged
    X, model = trained
    with mlflow.start_run():
        mlflow.log_param("C", "1.0")
        mlflow.log_metric("accuracy", 0.5)
        second = mlflow.sklearn.log_model(model, name="challenger")
    experiment_id = run.info.experiment_id

    found = mlflow.search_logged_models(
        experiment_ids=[experiment_id], filter_string="metrics.accuracy > 0.8", output_format="list"
    )
    assert [m.model_id for m in found] == [info.model_id]

    by_name = mlflow.search_logged_models(
        experiment_ids=[experiment_id],
        filter_string="name IN ('model', 'challenger') AND params.C = '1.0'",
        order_by=[{"field_name": "metrics.accuracy", "ascending": True}],
        output_format="list",
    )
    assert [m.model_id for m in by_name] == [second.model_id, info.model_id]

    newest_first = mlflow.search_logged_models(
        experiment_ids=[experiment_id],
        order_by=[{"field_name": "creation_timestamp", "ascending": False}],
        output_format="list",
    )
    assert [m.model_id for m in newest_first] == [second.model_id, info.model_id]
    frame = mlflow.search_logged_models(experiment_ids=[experiment_id], filter_string="status = 'READY'")
    assert set(frame["model_id"]) == {info.model_id, second.model_id}


def test_load_model_by_model_uri_and_runs_uri(logged, trained):
    run, info = logged
    X, sk_model = trained
    expected = sk_model.predict(X)
    assert np.array_equal(mlflow.pyfunc.load_model(info.model_uri).predict(X), expected)
    assert np.array_equal(mlflow.pyfunc.load_model(f"runs:/{run.info.run_id}/model").predict(X), expected)


def test_run_artifacts_and_mlmodel_download(client, logged, tmp_path):
    run, info = logged
    listed = {a.path for a in client.list_artifacts(run.info.run_id)}
    assert "notes" in listed
    local = mlflow.artifacts.download_artifacts(artifact_uri=f"runs:/{run.info.run_id}/model/MLmodel", dst_path=str(tmp_path))
    with open(local) as f:
        mlmodel = yaml.safe_load(f)
    assert mlmodel["model_id"] == info.model_id
    assert "sklearn" in mlmodel["flavors"]
    assert os.path.basename(local) == "MLmodel"


def test_tags_and_params_on_a_model(client, logged):
    _, info = logged
    client.set_logged_model_tags(info.model_id, {"stage": "candidate", "owner": "ds"})
    client.delete_logged_model_tag(info.model_id, "owner")
    model = client.get_logged_model(info.model_id)
    assert model.tags["stage"] == "candidate" and "owner" not in model.tags
    client.log_model_params(info.model_id, {"threshold": "0.5"})
    assert client.get_logged_model(info.model_id).params["threshold"] == "0.5"


def test_run_less_model_and_finalize(client):
    experiment_id = mlflow.get_experiment_by_name("logged-models").experiment_id
    model = mlflow.initialize_logged_model(name="external", experiment_id=experiment_id)
    assert not model.source_run_id and model.status.to_int() == 1  # PENDING
    ready = mlflow.finalize_logged_model(model.model_id, "READY")
    assert ready.status.to_int() == 2


def test_deleted_model_is_not_found(client):
    experiment_id = mlflow.get_experiment_by_name("logged-models").experiment_id
    model = mlflow.initialize_logged_model(name="doomed", experiment_id=experiment_id)
    client.delete_logged_model(model.model_id)
    with pytest.raises(MlflowException) as raised:
        client.get_logged_model(model.model_id)
    assert raised.value.error_code == "RESOURCE_DOES_NOT_EXIST"


def test_unknown_model_id_is_not_found(client):
    with pytest.raises(MlflowException) as raised:
        client.get_logged_model("m-" + "0" * 32)
    assert raised.value.error_code == "RESOURCE_DOES_NOT_EXIST"
    assert raised.value.get_http_status_code() == 404


def test_bad_filter_is_invalid_parameter_value(client):
    experiment_id = mlflow.get_experiment_by_name("logged-models").experiment_id
    for bad in ["metrics.accuracy > 'high'", "colour = 'red'", "name = 'a' OR name = 'b'"]:
        with pytest.raises(MlflowException) as raised:
            client.search_logged_models([experiment_id], filter_string=bad)
        assert raised.value.error_code == "INVALID_PARAMETER_VALUE", bad
    # The service still answers a good request after the bad ones.
    assert client.search_logged_models([experiment_id], filter_string="name = 'model'")


def test_get_run_lists_the_models_the_run_logged(client, logged):
    """MLflow 3's get_run carries run.outputs.model_outputs, from log_model's LogOutputs call."""
    run, info = logged
    outputs = client.get_run(run.info.run_id).outputs
    assert [(o.model_id, o.step) for o in outputs.model_outputs] == [(info.model_id, 0)]
    with mlflow.start_run() as bare:
        pass
    assert client.get_run(bare.info.run_id).outputs.model_outputs == []
