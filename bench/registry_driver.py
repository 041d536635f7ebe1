"""Load driver for bench/registry.bench.ts: the SAME registry reads against Cairn's registry service and MLflow.

    python bench/registry_driver.py <phase> --uri http://127.0.0.1:PORT [--mode client|http] [options]

Two client modes, identical requests:
  client  the real `mlflow` client (MlflowClient), as users call it;
  http    raw MLflow REST over one keep-alive http.client connection, sending exactly the query the client sends
          (including the prompt-exclusion clause MlflowClient adds to search_registered_models' filter), so the
          server is what is measured.
Calls are sequential (one at a time) after a warm-up. Prints one JSON object on stdout (the orchestrator parses
the last line).
"""
import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import time

from driver_common import Http, pct

os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0")
os.environ.setdefault("MLFLOW_HTTP_REQUEST_TIMEOUT", "60")

# What MlflowClient.search_registered_models sends for a user filter (mlflow.prompt.registry_utils.add_prompt_filter_string).
PROMPT_CLAUSE = "tag.`mlflow.prompt.is_prompt` != 'true'"
LIKE_FILTER = "name LIKE 'bench-model-12%'"
VERSIONS_MAX = 10000  # MlflowClient's default max_results for search_model_versions
ALIAS = "champion"


def with_prompt_clause(filter_string):
    return f"{filter_string} AND {PROMPT_CLAUSE}" if filter_string else PROMPT_CLAUSE


class Api:
    """The reads the workload uses, in either mode; each returns a comparable summary of its answer."""

    def __init__(self, uri, mode):
        self.mode = mode
        if mode == "client":
            from mlflow import MlflowClient

            self.client = MlflowClient(tracking_uri=uri, registry_uri=uri)
        else:
            self.http = Http(uri)

    def search_models(self, filter_string, max_results, order_by=None, page_token=None):
        """Returns (names, next page token)."""
        if self.mode == "client":
            page = self.client.search_registered_models(filter_string=filter_string, max_results=max_results,
                                                        order_by=order_by, page_token=page_token)
            return [m.name for m in page], page.token
        params = [("filter", with_prompt_clause(filter_string)), ("max_results", max_results)]
        params += [("order_by", o) for o in order_by or []]
        params.append(("page_token", page_token))
        out = self.http.get("registered-models/search", params)
        return [m["name"] for m in out.get("registered_models", [])], out.get("next_page_token")

    def by_alias(self, name, alias):
        """Returns the version number the alias points at."""
        if self.mode == "client":
            return int(self.client.get_model_version_by_alias(name, alias).version)
        out = self.http.get("registered-models/alias", [("name", name), ("alias", alias)])
        return int(out["model_version"]["version"])

    def search_versions(self, name):
        """Returns the version numbers, as answered."""
        filter_string = f"name='{name}'"
        if self.mode == "client":
            return [int(v.version) for v in self.client.search_model_versions(filter_string)]
        out = self.http.get("model-versions/search", [("filter", filter_string), ("max_results", VERSIONS_MAX)])
        return [int(v["version"]) for v in out.get("model_versions", [])]


def model_names(models, seed, count):
    rng = random.Random(seed)
    return [f"bench-model-{rng.randrange(models)}" for _ in range(count)]


def phase_count(args):
    """Every model through search_registered_models (pages of 1000, MLflow's maximum), ordered by name."""
    api = Api(args.uri, "http")
    started = time.perf_counter()
    names, token = [], None
    while True:
        page, token = api.search_models(None, 1000, ["name ASC"], token)
        names += page
        if not token:
            break
    digest = hashlib.sha256("\n".join(names).encode()).hexdigest()
    return {"models": len(names), "distinct": len(set(names)), "digest": digest, "seconds": time.perf_counter() - started}


def phase_sample(args):
    """get-by-alias and search_model_versions answers for a sample of models (compared across servers)."""
    api = Api(args.uri, "http")
    names = model_names(args.models, args.seed + 1, args.count)
    return {"alias": {n: api.by_alias(n, ALIAS) for n in names},
            "versions": {n: sorted(api.search_versions(n)) for n in names[:50]}}


def phase_measure(args):
    """One read, `count` sequential calls after `warmup_count`; p50/p99 and what the first call answered."""
    api = Api(args.uri, args.mode)
    names = model_names(args.models, args.seed, args.warmup_count + args.count)
    op = args.op
    # 100 per page unless the data set is smaller (BENCH_MODELS while developing)
    like_expected = min(100, sum(1 for i in range(args.models) if str(i).startswith("12")))
    page2_expected = max(0, min(100, args.models - 100))
    page2_token = None
    if op == "search-page2":
        _, page2_token = api.search_models(None, 100, ["name ASC"])

    def call(name):
        if op == "search-like":
            out, _ = api.search_models(LIKE_FILTER, 100)
            if len(out) != like_expected:
                raise RuntimeError(f"search returned {len(out)} models, expected {like_expected}")
            return out
        if op == "search-page2":
            out, _ = api.search_models(None, 100, ["name ASC"], page2_token)
            if len(out) != page2_expected:
                raise RuntimeError(f"page 2 returned {len(out)} models, expected {page2_expected}")
            return out
        if op == "alias":
            return [name, api.by_alias(name, ALIAS)]
        if op == "versions":
            out = api.search_versions(name)
            if args.expect_versions and len(out) != args.expect_versions:
                raise RuntimeError(f"{name}: {len(out)} versions, expected {args.expect_versions}")
            return [name, sorted(out)]
        raise ValueError(op)

    for name in names[: args.warmup_count]:
        call(name)
    lats = []
    first = None
    deadline = time.perf_counter() + args.max_seconds
    for name in names[args.warmup_count:]:
        if lats and time.perf_counter() > deadline:
            break  # time-boxed on a shared machine: the count actually taken is reported
        t0 = time.perf_counter()
        answer = call(name)
        lats.append(time.perf_counter() - t0)
        if first is None:
            first = answer
    return {"count": len(lats), "p50_ms": pct(lats, 50) * 1000, "p99_ms": pct(lats, 99) * 1000,
            "mean_ms": statistics.mean(lats) * 1000, "first": first}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("phase", choices=["count", "sample", "measure"])
    parser.add_argument("--uri", required=True)
    parser.add_argument("--mode", choices=["client", "http"], default="client")
    parser.add_argument("--op", choices=["search-like", "search-page2", "alias", "versions"])
    parser.add_argument("--models", type=int, default=10000)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--warmup-count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--max-seconds", type=float, default=1e9)
    parser.add_argument("--expect-versions", type=int, default=0)
    args = parser.parse_args()
    phases = {"count": phase_count, "sample": phase_sample, "measure": phase_measure}
    sys.stdout.write(json.dumps(phases[args.phase](args)) + "\n")


if __name__ == "__main__":
    main()
