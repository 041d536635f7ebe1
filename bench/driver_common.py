"""What the bench drivers share: raw MLflow REST over one keep-alive connection, and percentiles."""

import http.client
import json
import os
import urllib.parse

# Both servers get the same bearer token (Cairn checks it, MLflow ignores it); the MLflow client sends it too.
TOKEN = os.environ.get("MLFLOW_TRACKING_TOKEN") or os.environ.get("CAIRN_BOOTSTRAP_ADMIN_TOKEN")
if TOKEN:
    os.environ["MLFLOW_TRACKING_TOKEN"] = TOKEN


class Http:
    """One keep-alive connection; MLflow REST JSON in and out."""

    def __init__(self, uri):
        parts = urllib.parse.urlsplit(uri)
        self.host, self.port = parts.hostname, parts.port
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)

    def call(self, method, path, body=None):
        payload = None if body is None else json.dumps(body)
        headers = {"Content-Type": "application/json"} if payload is not None else {}
        if TOKEN:
            headers["Authorization"] = f"Bearer {TOKEN}"
        for attempt in (0, 1):
            try:
                self.conn.request(method, "/api/2.0/mlflow/" + path, body=payload, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A server may close an idle keep-alive connection; reconnect once (never counted as a retry of the op).
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
                if attempt == 1:
                    raise
        if response.status != 200:
            raise RuntimeError(f"{method} {path}: {response.status} {data[:300]!r}")
        return json.loads(data) if data else {}

    def get(self, path, params):
        """GET with query parameters; `params` is a list of (name, value) pairs, None values left out."""
        query = urllib.parse.urlencode([(k, v) for k, v in params if v is not None])
        return self.call("GET", f"{path}?{query}")


def pct(values, p):
    """The p-th percentile by nearest rank (NaN for no values)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[index]
