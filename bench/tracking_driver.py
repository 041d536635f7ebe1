"""Load driver for bench/tracking.bench.ts: the SAME client workload against Cairn's tracking service and MLflow.

    python bench/tracking_driver.py <phase> --uri http://127.0.0.1:PORT [--mode client|http] [options]

Two client modes, identical requests:
  client  the real `mlflow` client (MlflowClient, one shared instance, threads), as users call it;
  http    raw MLflow REST JSON over one keep-alive http.client connection per thread (the Python client's own
          per-call overhead — entity building, requests, retries — removed, so the server is what is measured).
Prints one JSON object on stdout (the orchestrator parses the last line).
"""
import argparse
import json
import os
import statistics
import sys
import threading
import time

from driver_common import Http, pct

os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0")
os.environ.setdefault("MLFLOW_HTTP_REQUEST_TIMEOUT", "60")
# requests' pool must hold every thread's connection, else connections are dropped and re-opened per call.
os.environ.setdefault("MLFLOW_HTTP_POOL_MAXSIZE", "64")


class Api:
    """The operations the workload uses, in either mode."""

    def __init__(self, uri, mode, client=None):
        self.mode = mode
        if mode == "client":
            from mlflow import MlflowClient

            self.client = client or MlflowClient(tracking_uri=uri)
        else:
            self.http = Http(uri)

    def create_experiment(self, name):
        if self.mode == "client":
            return self.client.create_experiment(name)
        return self.http.call("POST", "experiments/create", {"name": name})["experiment_id"]

    def create_run(self, experiment_id, name=None):
        if self.mode == "client":
            return self.client.create_run(experiment_id, run_name=name).info.run_id
        body = {"experiment_id": experiment_id, "start_time": int(time.time() * 1000)}
        if name:
            body["run_name"] = name
        return self.http.call("POST", "runs/create", body)["run"]["info"]["run_id"]

    def log_batch(self, run_id, metrics=(), params=()):
        """metrics: (key, value, timestamp, step); params: (key, value)."""
        if self.mode == "client":
            from mlflow.entities import Metric, Param

            self.client.log_batch(run_id, metrics=[Metric(k, v, t, s) for k, v, t, s in metrics],
                                  params=[Param(k, v) for k, v in params])
            return
        self.http.call("POST", "runs/log-batch", {
            "run_id": run_id,
            "metrics": [{"key": k, "value": v, "timestamp": t, "step": s} for k, v, t, s in metrics],
            "params": [{"key": k, "value": v} for k, v in params],
        })

    def end_run(self, run_id):
        if self.mode == "client":
            self.client.set_terminated(run_id, "FINISHED")
            return
        self.http.call("POST", "runs/update", {"run_id": run_id, "status": "FINISHED",
                                                "end_time": int(time.time() * 1000)})

    def search(self, experiment_id, filter_string, order_by, max_results, page_token=None):
        """Returns (run ids, next page token)."""
        if self.mode == "client":
            page = self.client.search_runs([experiment_id], filter_string=filter_string, order_by=order_by,
                                           max_results=max_results, page_token=page_token)
            return [r.info.run_id for r in page], page.token
        body = {"experiment_ids": [experiment_id], "filter": filter_string, "order_by": order_by,
                "max_results": max_results}
        if page_token:
            body["page_token"] = page_token
        out = self.http.call("POST", "runs/search", body)
        return [r["info"]["run_id"] for r in out.get("runs", [])], out.get("next_page_token")


def shared_client(args):
    if args.mode != "client":
        return None
    from mlflow import MlflowClient

    return MlflowClient(tracking_uri=args.uri)


def run_threads(threads, duration, body):
    """Runs body(thread_index, latencies, stop) on `threads` threads for `duration` s; returns (count, seconds, lats)."""
    latencies = [[] for _ in range(threads)]
    stop = threading.Event()
    errors = []

    def worker(index):
        try:
            body(index, latencies[index], stop)
        except Exception as error:  # noqa: BLE001 - reported, fails the phase
            errors.append(repr(error))
            stop.set()

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    timer = threading.Timer(duration, stop.set)  # ends the phase at `duration` unless the workers finish first
    started = time.perf_counter()
    timer.start()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    timer.cancel()
    stop.set()
    seconds = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{len(errors)} worker(s) failed: {errors[0]}")
    merged = [x for lats in latencies for x in lats]
    return len(merged), seconds, merged


def phase_log_batch(args):
    """(a) log_batch of 10 metrics, one run per thread, for a fixed duration after a short warm-up."""
    client = shared_client(args)
    setup = Api(args.uri, args.mode, client)
    experiment = setup.create_experiment(f"bench-logbatch-{args.mode}-{time.time_ns()}")
    runs = [setup.create_run(experiment) for _ in range(args.threads)]
    apis = [Api(args.uri, args.mode, client) for _ in range(args.threads)]
    steps = [0] * args.threads

    def body(index, lats, stop, warm=False):
        api, run = apis[index], runs[index]
        while not stop.is_set():
            step = steps[index]
            steps[index] += 1
            now = int(time.time() * 1000)
            metrics = [(f"m{k}", (step * 10 + k) * 0.001, now, step) for k in range(10)]
            t0 = time.perf_counter()
            api.log_batch(run, metrics=metrics)
            lats.append(time.perf_counter() - t0)

    run_threads(args.threads, args.warmup, body)
    count, seconds, lats = run_threads(args.threads, args.duration, body)
    return {"count": count, "seconds": seconds, "rps": count / seconds, "p50_ms": pct(lats, 50) * 1000,
            "p99_ms": pct(lats, 99) * 1000, "threads": args.threads}


def phase_create_run(args):
    """(c) create_run + log_batch of 100 params + update_run FINISHED, per operation, from `threads` threads."""
    client = shared_client(args)
    setup = Api(args.uri, args.mode, client)
    experiment = setup.create_experiment(f"bench-createrun-{args.mode}-{time.time_ns()}")
    apis = [Api(args.uri, args.mode, client) for _ in range(args.threads)]
    params = [(f"param_{i:03d}", f"value-{i}") for i in range(100)]

    def body(index, lats, stop):
        api = apis[index]
        while not stop.is_set():
            t0 = time.perf_counter()
            run = api.create_run(experiment)
            api.log_batch(run, params=params)
            api.end_run(run)
            lats.append(time.perf_counter() - t0)

    run_threads(args.threads, args.warmup, body)
    count, seconds, lats = run_threads(args.threads, args.duration, body)
    return {"count": count, "seconds": seconds, "rps": count / seconds, "p50_ms": pct(lats, 50) * 1000,
            "p99_ms": pct(lats, 99) * 1000, "threads": args.threads}


FILTER = "metrics.acc > 0.5"
ORDER = ["metrics.acc DESC"]


def phase_search(args):
    """(b) search_runs with a metric filter and a metric order, sequentially, after a warm-up."""
    api = Api(args.uri, args.mode)
    for _ in range(args.warmup_count):
        api.search(args.experiment_id, FILTER, ORDER, 100)
    lats = []
    first = None
    for _ in range(args.count):
        t0 = time.perf_counter()
        ids, _ = api.search(args.experiment_id, FILTER, ORDER, 100)
        lats.append(time.perf_counter() - t0)
        if len(ids) != 100:
            raise RuntimeError(f"search returned {len(ids)} runs, expected 100")
        first = first or ids
    return {"count": len(lats), "p50_ms": pct(lats, 50) * 1000, "p99_ms": pct(lats, 99) * 1000,
            "mean_ms": statistics.mean(lats) * 1000, "first_ids": first}


def phase_count(args):
    """Counts an experiment's runs through search_runs (pages of 50,000, MLflow's maximum), and the filter's hits."""
    api = Api(args.uri, "http")
    started = time.perf_counter()
    total, token = 0, None
    while True:
        ids, token = api.search(args.experiment_id, "", [], 50000, token)
        total += len(ids)
        if not token:
            break
    return {"runs": total, "seconds": time.perf_counter() - started}


def phase_stream(args):
    """(d) `points` metric points into one run, `per_request` per log_batch, from `threads` threads."""
    setup = Api(args.uri, "http")
    experiment = setup.create_experiment(f"bench-stream-{time.time_ns()}")
    run = setup.create_run(experiment)
    requests_total = args.points // args.per_request
    next_request = [0]
    lock = threading.Lock()
    apis = [Api(args.uri, "http") for _ in range(args.threads)]

    def body(index, lats, stop):
        api = apis[index]
        while True:
            with lock:
                request = next_request[0]
                next_request[0] += 1
            if request >= requests_total:
                return
            now = int(time.time() * 1000)
            base = request * args.per_request
            metrics = [(f"stream{(base + i) % 10}", (base + i) * 1e-6, now, (base + i) // 10)
                       for i in range(args.per_request)]
            t0 = time.perf_counter()
            api.log_batch(run, metrics=metrics)
            lats.append(time.perf_counter() - t0)

    count, seconds, lats = run_threads(args.threads, 10 ** 6, body)
    return {"requests": count, "points": count * args.per_request, "seconds": seconds,
            "points_per_s": count * args.per_request / seconds, "p99_ms": pct(lats, 99) * 1000}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("phase", choices=["log-batch", "create-run", "search", "count", "stream"])
    parser.add_argument("--uri", required=True)
    parser.add_argument("--mode", choices=["client", "http"], default="client")
    parser.add_argument("--threads", type=int, default=20)
    parser.add_argument("--duration", type=float, default=15)
    parser.add_argument("--warmup", type=float, default=2)
    parser.add_argument("--experiment-id")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--warmup-count", type=int, default=10)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--per-request", type=int, default=1000)
    args = parser.parse_args()
    phases = {"log-batch": phase_log_batch, "create-run": phase_create_run, "search": phase_search,
              "count": phase_count, "stream": phase_stream}
    result = phases[args.phase](args)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
