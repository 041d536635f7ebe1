"""A data scientist's session with the unmodified mlflow client against Cairn's tracking service."""
import math

import mlflow
import mlflow.data
import pandas as pd
import pytest
from mlflow import MlflowClient
from mlflow.entities import Metric, Param, RunTag
from mlflow.exceptions import MlflowException, RestException


@pytest.fixture(scope="module")
def client():
    return MlflowClient()


def test_default_experiment_exists(client):
    assert client.get_experiment("0").name == "Default"


def test_training_session(client):
    experiment_id = mlflow.create_experiment("churn", tags={"team": "ds"})
    assert client.get_experiment_by_name("churn").experiment_id == experiment_id
    mlflow.set_experiment("churn")

    with mlflow.start_run(run_name="baseline") as parent:
        mlflow.log_params({"lr": "0.01", "depth": "6"})
        for step, loss in enumerate([0.9, 0.5, float("nan"), 0.3]):
            mlflow.log_metric("loss", loss, step=step)
        mlflow.set_tag("stage", "dev")
        df = pd.DataFrame({"x": [1, 2, 3], "y": [0, 1, 0]})
        mlflow.log_input(mlflow.data.from_pandas(df, name="churn-train"), context="training")
        with mlflow.start_run(run_name="child", nested=True) as child:
            client.log_batch(
                child.info.run_id,
                metrics=[Metric("acc", 0.8 + i / 100, 0, i) for i in range(50)],
                params=[Param("fold", "1")],
                tags=[RunTag("kind", "cv")],
            )

    run = client.get_run(parent.info.run_id)
    assert run.info.status == "FINISHED" and run.info.run_name == "baseline"
    assert run.data.params == {"lr": "0.01", "depth": "6"}
    assert run.data.metrics["loss"] == 0.3
    assert run.info.artifact_uri == f"mlflow-artifacts:/{experiment_id}/{parent.info.run_id}/artifacts"
    [dataset_input] = run.inputs.dataset_inputs
    assert dataset_input.dataset.name == "churn-train"
    assert {t.key: t.value for t in dataset_input.tags}["mlflow.data.context"] == "training"

    child_run = client.get_run(child.info.run_id)
    assert child_run.data.tags["mlflow.parentRunId"] == parent.info.run_id
    assert child_run.data.metrics["acc"] == pytest.approx(0.8 + 49 / 100)

    history = client.get_metric_history(parent.info.run_id, "loss")
    assert [m.step for m in history] == [0, 1, 2, 3]
    assert math.isnan(history[2].value)

    found = mlflow.search_runs([experiment_id], filter_string="params.lr = '0.01' AND metrics.loss < 0.5")
    assert list(found["run_id"]) == [parent.info.run_id]
    nested = client.search_runs([experiment_id], filter_string=f"tags.`mlflow.parentRunId` = '{parent.info.run_id}'")
    assert [r.info.run_id for r in nested] == [child.info.run_id]
    by_dataset = client.search_runs([experiment_id], filter_string="dataset.context = 'training'")
    assert [r.info.run_id for r in by_dataset] == [parent.info.run_id]


def test_search_order_and_pagination(client):
    experiment_id = client.create_experiment("sweep")
    for i in range(7):
        run = client.create_run(experiment_id, run_name=f"trial-{i}")
        client.log_metric(run.info.run_id, "score", float(i))
        client.set_terminated(run.info.run_id)
    first = client.search_runs([experiment_id], filter_string="metrics.score >= 1", order_by=["metrics.score DESC"], max_results=4)
    assert [r.data.metrics["score"] for r in first] == [6, 5, 4, 3]
    assert first.token
    second = client.search_runs(
        [experiment_id], filter_string="metrics.score >= 1", order_by=["metrics.score DESC"], max_results=4, page_token=first.token
    )
    assert [r.data.metrics["score"] for r in second] == [2, 1]
    assert not second.token
    by_name = client.search_runs([experiment_id], filter_string="attributes.run_name LIKE 'trial-%' AND attributes.status = 'FINISHED'")
    assert len(by_name) == 7
    experiments = client.search_experiments(filter_string="name LIKE 'sw%'", order_by=["name ASC"])
    assert [e.name for e in experiments] == ["sweep"]


def test_rename_delete_restore(client):
    experiment_id = client.create_experiment("to-rename")
    client.rename_experiment(experiment_id, "renamed")
    assert client.get_experiment(experiment_id).name == "renamed"
    run = client.create_run(experiment_id)
    client.delete_experiment(experiment_id)
    assert client.get_experiment(experiment_id).lifecycle_stage == "deleted"
    assert client.get_run(run.info.run_id).info.lifecycle_stage == "deleted"
    client.restore_experiment(experiment_id)
    assert client.get_run(run.info.run_id).info.lifecycle_stage == "active"
    client.delete_run(run.info.run_id)
    assert client.search_runs([experiment_id]) == []
    client.restore_run(run.info.run_id)
    assert len(client.search_runs([experiment_id])) == 1
    client.set_experiment_tag(experiment_id, "owner", "me")
    assert client.get_experiment(experiment_id).tags["owner"] == "me"


def _error_code(excinfo):
    return excinfo.value.error_code


def test_missing_run_is_resource_does_not_exist(client):
    with pytest.raises(RestException) as excinfo:
        client.get_run("0" * 32)
    assert _error_code(excinfo) == "RESOURCE_DOES_NOT_EXIST"


def test_param_overwrite_is_invalid_parameter_value(client):
    run = client.create_run("0")
    client.log_param(run.info.run_id, "p", "1")
    client.log_param(run.info.run_id, "p", "1")  # the same value again is fine
    with pytest.raises(MlflowException) as excinfo:
        client.log_param(run.info.run_id, "p", "2")
    assert _error_code(excinfo) == "INVALID_PARAMETER_VALUE"
    assert client.get_run(run.info.run_id).data.params["p"] == "1"


def test_bad_filter_is_invalid_parameter_value(client):
    with pytest.raises(MlflowException) as excinfo:
        client.search_runs(["0"], filter_string="metrics.acc > 'high'")
    assert _error_code(excinfo) == "INVALID_PARAMETER_VALUE"
    with pytest.raises(MlflowException) as excinfo:
        client.search_runs(["0"], filter_string="foo.bar = 1")
    assert _error_code(excinfo) == "INVALID_PARAMETER_VALUE"


def test_duplicate_experiment_is_resource_already_exists(client):
    client.create_experiment("dup")
    with pytest.raises(MlflowException) as excinfo:
        client.create_experiment("dup")
    assert _error_code(excinfo) == "RESOURCE_ALREADY_EXISTS"
