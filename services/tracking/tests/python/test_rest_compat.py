"""Raw-REST compatibility cases found by running MLflow's own tests/tracking/test_rest_tracking.py against Cairn:
validation order and messages of MLflow 3's handlers, and the UI's get-history-bulk and search-datasets endpoints."""
import requests
from mlflow import MlflowClient
from mlflow.entities import Dataset, DatasetInput, InputTag, Metric

API = "/api/2.0/mlflow"
AJAX = "/ajax-api/2.0/mlflow"


def _client(uri):
    return MlflowClient(uri)


def _new_run(uri, name):
    client = _client(uri)
    experiment_id = client.create_experiment(name)
    return client, experiment_id, client.create_run(experiment_id).info.run_id


def _bad(response, message):
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["error_code"] == "INVALID_PARAMETER_VALUE"
    assert message in body["message"], body["message"]


def test_null_fields_read_as_missing(tracking_uri):
    _, _, run_id = _new_run(tracking_uri, "rest-compat-null")
    post = lambda path, body: requests.post(tracking_uri + API + path, json=body, timeout=10)  # noqa: E731
    _bad(post("/runs/log-metric", {"run_id": None, "key": "k", "value": 1, "timestamp": 1}),
         "Missing value for required parameter 'run_id'")
    _bad(post("/runs/log-metric", {"run_id": run_id, "key": None, "value": 1, "timestamp": 1}),
         "Missing value for required parameter 'key'")
    _bad(post("/experiments/create", {}), "Missing value for required parameter 'name'")
    # run_id is checked before the (malformed) datasets, as MLflow's handler does.
    _bad(post("/runs/log-inputs", {"datasets": ["not an object"]}), "Missing value for required parameter 'run_id'")


def test_log_batch_requires_metric_timestamp_and_keys(tracking_uri):
    _, _, run_id = _new_run(tracking_uri, "rest-compat-batch")
    post = lambda body: requests.post(tracking_uri + API + "/runs/log-batch", json=body, timeout=10)  # noqa: E731
    _bad(post({"run_id": run_id, "metrics": [{"key": "mae", "value": 2.5}]}),
         "Missing value for required parameter 'metrics[0].timestamp'")
    _bad(post({"run_id": run_id, "params": [{"value": "v"}]}), "Missing value for required parameter 'params[0].key'")
    ok = post({"run_id": run_id, "metrics": [{"key": "mae", "value": 2.5, "timestamp": 123456789}],
               "params": [{"key": "p", "value": ""}]})
    assert ok.status_code == 200, ok.text


def test_get_history_bulk(tracking_uri):
    client, experiment_id, run_a = _new_run(tracking_uri, "rest-compat-bulk")
    run_b = client.create_run(experiment_id).info.run_id
    points = [(1, 3, 11.0), (1, 2, 10.0), (2, 3, 12.0)]  # (timestamp, step, value), logged out of order
    for ts, step, value in points:
        client.log_metric(run_a, "m", value, timestamp=ts, step=step)
        client.log_metric(run_b, "m", value + 1, timestamp=ts, step=step)
    url = tracking_uri + AJAX + "/metrics/get-history-bulk"
    got = requests.get(url, params={"run_id": [run_b, run_a], "metric_key": "m"}, timeout=10).json()["metrics"]
    expected = []
    for run_id, delta in sorted([(run_a, 0), (run_b, 1)]):
        expected += [{"key": "m", "timestamp": ts, "step": step, "value": value + delta, "run_id": run_id}
                     for ts, step, value in sorted(points)]
    assert got == expected
    limited = requests.get(url, params={"run_id": [run_a], "metric_key": "m", "max_results": 2}, timeout=10)
    assert [m["step"] for m in limited.json()["metrics"]] == [2, 3]
    _bad(requests.get(url, params={"metric_key": "m"}, timeout=10), "must specify at least one run_id")
    _bad(requests.get(url, params={"run_id": [f"r{i}" for i in range(101)], "metric_key": "m"}, timeout=10),
         "GetMetricHistoryBulk request cannot specify more than 100 run_ids")
    _bad(requests.get(url, params={"run_id": [run_a]}, timeout=10), "must specify a metric_key")


def test_get_history_bulk_interval_validation_messages(tracking_uri):
    url = tracking_uri + AJAX + "/metrics/get-history-bulk-interval"
    get = lambda params: requests.get(url, params=params, timeout=10)  # noqa: E731
    _bad(get({"metric_key": "k"}), "Missing value for required parameter 'run_ids'.")
    _bad(get({"run_ids": [f"r{i}" for i in range(101)], "metric_key": "k"}),
         "GetMetricHistoryBulkInterval request must specify at most 100 run_ids.")
    _bad(get({"run_ids": ["r"], "metric_key": ""}), "Missing value for required parameter 'metric_key'")
    _bad(get({"run_ids": ["r"], "metric_key": "k", "max_results": 0}), "max_results must be between 1 and 2500")
    _bad(get({"run_ids": ["r"], "metric_key": "k", "start_step": 1}),
         "If either start step or end step are specified, both must be specified.")
    _bad(get({"run_ids": ["r"], "metric_key": "k", "start_step": 1, "end_step": 0}),
         "end_step must be greater than start_step.")


def test_search_datasets(tracking_uri):
    client, experiment_id, run_id = _new_run(tracking_uri, "rest-compat-datasets")
    dataset = Dataset(name="d1", digest="g1", source_type="local", source="s")
    client.log_inputs(run_id, [DatasetInput(dataset, tags=[InputTag("mlflow.data.context", "training")])])
    url = tracking_uri + AJAX + "/experiments/search-datasets"
    response = requests.post(url, json={"experiment_ids": [experiment_id]}, timeout=10)
    assert response.status_code == 200, response.text
    assert response.json()["dataset_summaries"] == [
        {"experiment_id": experiment_id, "name": "d1", "digest": "g1", "context": "training"}
    ]
    _bad(requests.post(url, json={}, timeout=10), "SearchDatasets request must specify at least one experiment_id.")
    _bad(requests.post(url, json={"experiment_ids": [str(i) for i in range(21)]}, timeout=10),
         "SearchDatasets request cannot specify more than 20 experiment_ids.")


def test_get_history_bulk_interval_samples_like_mlflow_3(tracking_uri):
    """Per run, max_results points evenly spread, always the first and last; runs in the order asked."""
    client, experiment_id, long_run = _new_run(tracking_uri, "rest-compat-bulk-interval")
    short_run = client.create_run(experiment_id).info.run_id
    client.log_batch(long_run, metrics=[Metric("loss", float(step), 1000 + step, step) for step in range(101)])
    client.log_batch(short_run, metrics=[Metric("loss", 0.5, 1, step) for step in (50, 51, 52)])
    url = tracking_uri + AJAX + "/metrics/get-history-bulk-interval"
    response = requests.get(url, params={"run_ids": [short_run, long_run], "metric_key": "loss", "max_results": 4},
                            timeout=10)
    assert response.status_code == 200, response.text
    got = [(m["run_id"], m["step"]) for m in response.json()["metrics"]]
    assert got == [(short_run, 50), (short_run, 51), (short_run, 52),
                   (long_run, 0), (long_run, 26), (long_run, 51), (long_run, 100)]
    ranged = requests.get(url, params={"run_ids": [long_run], "metric_key": "loss", "max_results": 3,
                                       "start_step": 10, "end_step": 20}, timeout=10)
    assert [m["step"] for m in ranged.json()["metrics"]] == [10, 14, 20]
    assert ranged.json()["metrics"][0] == {"key": "loss", "value": 10.0, "timestamp": 1010, "step": 10,
                                           "run_id": long_run}
