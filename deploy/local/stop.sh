#!/usr/bin/env bash
# Stops what deploy/local/setup.sh started: the Kafka broker (by its pid file) and the "cairn" PostgreSQL cluster.
# Never kills by process name. Data stays ($CAIRN_RUN_DIR/kafka/data, the cluster's data directory).
#
#   bash deploy/local/stop.sh [--no-pg] [--no-kafka]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR
# shellcheck source=env.sh
. "$HERE/env.sh"

DO_PG=1 DO_KAFKA=1
for arg in "$@"; do
  case "$arg" in
    --no-pg) DO_PG=0 ;;
    --no-kafka) DO_KAFKA=0 ;;
    -h | --help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "stop.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

KAFKA_PID_FILE="$CAIRN_RUN_DIR/kafka/kafka.pid"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
PG_CLUSTER=cairn

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# True when $1 is alive and is the Kafka broker (guards against a reused pid).
is_kafka() { kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka '; }

if [ "$DO_KAFKA" = 1 ]; then
  echo "==> kafka"
  pid="$(cat "$KAFKA_PID_FILE" 2>/dev/null || true)"
  if [ -n "$pid" ] && is_kafka "$pid"; then
    echo "    SIGTERM to pid $pid"
    kill -TERM "$pid"
    deadline=$((SECONDS + KAFKA_STOP_TIMEOUT))
    while is_kafka "$pid" && [ $SECONDS -lt $deadline ]; do sleep 0.3; done
    if is_kafka "$pid"; then
      echo "    still running after ${KAFKA_STOP_TIMEOUT}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    echo "    stopped"
  else
    echo "    not running"
  fi
  rm -f "$KAFKA_PID_FILE"
fi

if [ "$DO_PG" = 1 ]; then
  echo "==> postgres"
  line="$(pg_lsclusters -h 2>/dev/null | awk -v c="$PG_CLUSTER" '$2 == c' || true)"
  if [ -z "$line" ]; then
    echo "    no cluster named $PG_CLUSTER"
  else
    read -r ver _ _ status _ <<<"$line"
    if [ "$status" = online ]; then
      as_root pg_ctlcluster "$ver" "$PG_CLUSTER" stop -m fast
      echo "    stopped cluster $ver/$PG_CLUSTER"
    else
      echo "    cluster $ver/$PG_CLUSTER not running"
    fi
  fi
fi
