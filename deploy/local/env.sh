# shellcheck shell=bash
# Fixed local settings for Cairn's scripts and tests. Source it:  . deploy/local/env.sh
# Every variable is set only when it is not already set, so CI and users can override any of them.

_cairn_env_dir="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")" && pwd)"

: "${CAIRN_HOME:=$(cd "$_cairn_env_dir/../.." && pwd)}"
# Pids, logs, Kafka jars and data. Gitignored (.local/).
: "${CAIRN_RUN_DIR:=$CAIRN_HOME/.local}"

# PostgreSQL: a dedicated cluster named "cairn" on 127.0.0.1:$PGPORT (see setup.sh).
: "${PGPORT:=55432}"
# The application role: owns database cairn, may create databases, is NOT a superuser
# (the event store's "no UPDATE/DELETE" guard must hold for it).
: "${CAIRN_DATABASE_URL:=postgres://cairn:cairn@127.0.0.1:${PGPORT}/cairn}"
# A superuser, for tests that create throwaway databases or must act as a superuser (tamper test).
: "${CAIRN_PG_ADMIN_URL:=postgres://cairn_admin:cairn_admin@127.0.0.1:${PGPORT}/postgres}"

# Kafka: a single-node KRaft broker (see setup.sh).
: "${KAFKA_PORT:=19092}"
: "${KAFKA_CONTROLLER_PORT:=$((KAFKA_PORT + 1))}"
: "${KAFKA_BROKERS:=127.0.0.1:${KAFKA_PORT}}"
: "${KAFKAJS_NO_PARTITIONER_WARNING:=1}"

# Service-to-service addresses (the defaults of each service's config.ts). The registry reads runs and logged
# models over tracking's gRPC API and checks artifacts through tracking's artifact proxy; tracking forwards the
# MLflow registry routes to the registry, so clients set only MLFLOW_TRACKING_URI.
: "${CAIRN_TRACKING_URL:=http://127.0.0.1:8081}"
: "${CAIRN_TRACKING_GRPC_ADDRESS:=127.0.0.1:9081}"
: "${CAIRN_REGISTRY_URL:=http://127.0.0.1:8082}"

# Auth (governance): the bootstrap admin's bearer token for this local install only (production sets its own secret),
# and where services ask governance about other tokens.
: "${CAIRN_BOOTSTRAP_ADMIN_TOKEN:=cairn-local-bootstrap-admin-token-0123456789abcdef}"
: "${CAIRN_GOVERNANCE_GRPC_ADDRESS:=127.0.0.1:9083}"
: "${CAIRN_GOVERNANCE_URL:=http://127.0.0.1:8083}"

# Governance's audit head signing key (made by setup.sh); only when present, so a checkout without it still boots.
if [ -z "${CAIRN_AUDIT_SIGNING_KEY_FILE:-}" ] && [ -f "$CAIRN_RUN_DIR/audit-signing-key.pem" ]; then
  CAIRN_AUDIT_SIGNING_KEY_FILE="$CAIRN_RUN_DIR/audit-signing-key.pem"
  export CAIRN_AUDIT_SIGNING_KEY_FILE
fi

# Python virtualenv (mlflow client, tritonclient, scikit-learn, skl2onnx, onnxruntime, pytest).
: "${CAIRN_VENV:=$CAIRN_HOME/.venv}"

# onnxruntime-node's install script would otherwise try a download that fails here.
: "${ONNXRUNTIME_NODE_INSTALL:=skip}"
: "${ONNXRUNTIME_NODE_INSTALL_CUDA:=skip}"

export CAIRN_HOME CAIRN_RUN_DIR PGPORT CAIRN_DATABASE_URL CAIRN_PG_ADMIN_URL KAFKA_PORT KAFKA_CONTROLLER_PORT KAFKA_BROKERS \
  KAFKAJS_NO_PARTITIONER_WARNING CAIRN_TRACKING_URL CAIRN_TRACKING_GRPC_ADDRESS CAIRN_REGISTRY_URL CAIRN_BOOTSTRAP_ADMIN_TOKEN CAIRN_GOVERNANCE_GRPC_ADDRESS CAIRN_GOVERNANCE_URL CAIRN_VENV ONNXRUNTIME_NODE_INSTALL ONNXRUNTIME_NODE_INSTALL_CUDA
unset _cairn_env_dir
