#!/usr/bin/env bash
# Brings up Cairn's local infrastructure without Docker. Idempotent: safe to run again, and on a fresh machine.
#
#   bash deploy/local/setup.sh [--no-pg] [--no-kafka] [--no-npm] [--no-venv]
#
#   1. PostgreSQL  a dedicated cluster "cairn" on 127.0.0.1:$PGPORT (Debian's postgresql, installed when missing),
#                  roles and database from $CAIRN_DATABASE_URL and $CAIRN_PG_ADMIN_URL.
#   2. npm         `npm install` when node_modules is older than package-lock.json.
#   3. Kafka       a single-node KRaft broker from Maven Central jars (version in deploy/local/kafka/pom.xml)
#                  on $KAFKA_BROKERS, data under $CAIRN_RUN_DIR/kafka/data.
#   4. Python      a venv at $CAIRN_VENV from deploy/local/requirements.txt.
#   5. Audit key   an Ed25519 key pair signing governance's audit head ($CAIRN_RUN_DIR/audit-signing-key.pem + .pub.pem),
#                  made once; env.sh exports CAIRN_AUDIT_SIGNING_KEY_FILE when it exists.
#
# npm runs before Kafka so that the Kafka readiness probe (wait-kafka.mjs, kafkajs) can use node_modules.
# Settings come from deploy/local/env.sh; stop everything with deploy/local/stop.sh.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR
# shellcheck source=env.sh
. "$HERE/env.sh"

DO_PG=1 DO_KAFKA=1 DO_NPM=1 DO_VENV=1
usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }
for arg in "$@"; do
  case "$arg" in
    --no-pg) DO_PG=0 ;;
    --no-kafka) DO_KAFKA=0 ;;
    --no-npm) DO_NPM=0 ;;
    --no-venv) DO_VENV=0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "setup.sh: unknown option $arg" >&2; usage >&2; exit 2 ;;
  esac
done

KAFKA_DIR="$CAIRN_RUN_DIR/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
KAFKA_PID_FILE="$KAFKA_DIR/kafka.pid"
KAFKA_LOG="$KAFKA_DIR/kafka.log"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
PG_CLUSTER=cairn
mkdir -p "$CAIRN_RUN_DIR"

# ---------------------------------------------------------------------------------------------- helpers
T0=$SECONDS
STEP_NAME="" STEP_T0=0
TIMINGS=()
SUMMARY=()
step() {
  step_end
  STEP_NAME="$1" STEP_T0=$SECONDS
  printf '==> [%s] %s\n' "$(date +%H:%M:%S)" "$1"
}
step_end() {
  if [ -n "$STEP_NAME" ]; then TIMINGS+=("$(printf '%-11s %4ss' "$STEP_NAME" $((SECONDS - STEP_T0)))"); fi
  STEP_NAME=""
}
say() { printf '    %s\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() {
  # cd / so that psql does not complain about an unreadable working directory.
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi
}

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

sha() { sha256sum "$@" | cut -d' ' -f1; }

# Writes stdin to $1 only when it differs; returns 0 when it changed the file, 1 when not.
write_if_changed() {
  local dst="$1" tmp
  tmp="$(mktemp)"
  cat >"$tmp"
  if [ -f "$dst" ] && cmp -s "$tmp" "$dst"; then rm -f "$tmp"; return 1; fi
  mkdir -p "$(dirname "$dst")"
  cat "$tmp" >"$dst" && rm -f "$tmp"
  return 0
}

# postgres://user:password@host:port/db -> URL_USER URL_PASS URL_PORT URL_DB
parse_pg_url() {
  local re='^postgres(ql)?://([^:@/]+):([^@/]*)@([^:/]+):([0-9]+)/([^?]+)'
  [[ "$1" =~ $re ]] || die "cannot parse PostgreSQL URL '$1' (expected postgres://user:password@host:port/db)"
  URL_USER="${BASH_REMATCH[2]}" URL_PASS="${BASH_REMATCH[3]}" URL_PORT="${BASH_REMATCH[5]}" URL_DB="${BASH_REMATCH[6]}"
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

kafka_pid_alive() {
  local pid
  pid="$(cat "$KAFKA_PID_FILE" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka '
}

pg_cluster_line() { pg_lsclusters -h 2>/dev/null | awk -v c="$PG_CLUSTER" '$2 == c'; }

# ---------------------------------------------------------------------------------------------- 1. PostgreSQL
setup_pg() {
  step "postgres"
  if ! command -v pg_createcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    say "installing PostgreSQL from Debian packages"
    apt_install postgresql
  fi

  local line ver port status
  line="$(pg_cluster_line)"
  if [ -z "$line" ]; then
    ver="$(printf '%s\n' /usr/lib/postgresql/*/bin/postgres | sed 's:.*/postgresql/\([0-9.]*\)/bin/postgres:\1:' | sort -V | tail -1)"
    say "creating cluster $ver/$PG_CLUSTER on port $PGPORT"
    # --start-conf manual: the system's init scripts leave this cluster alone; setup.sh/stop.sh drive it.
    as_root pg_createcluster "$ver" "$PG_CLUSTER" --port "$PGPORT" --start-conf manual >/dev/null
    line="$(pg_cluster_line)"
  fi
  read -r ver _ port status _ <<<"$line"
  [ "$port" = "$PGPORT" ] || die "cluster $ver/$PG_CLUSTER listens on port $port, not PGPORT=$PGPORT (pg_dropcluster --stop $ver $PG_CLUSTER to recreate it)"

  local conf_changed=0
  if write_if_changed "/etc/postgresql/$ver/$PG_CLUSTER/conf.d/cairn.conf" <<'EOF'
# Written by Cairn's deploy/local/setup.sh.
listen_addresses = '127.0.0.1'
max_connections = 200
EOF
  then
    conf_changed=1
    as_root chown postgres:postgres "/etc/postgresql/$ver/$PG_CLUSTER/conf.d/cairn.conf"
  fi

  if [ "$status" = online ]; then
    if [ "$conf_changed" = 1 ]; then say "configuration changed: restarting"; as_root pg_ctlcluster "$ver" "$PG_CLUSTER" restart; fi
  else
    say "starting cluster $ver/$PG_CLUSTER"
    as_root pg_ctlcluster "$ver" "$PG_CLUSTER" start
  fi

  local deadline=$((SECONDS + 60))
  until pg_isready -q -h 127.0.0.1 -p "$PGPORT" -t 2; do
    [ $SECONDS -lt $deadline ] || { tail -20 "/var/log/postgresql/postgresql-$ver-$PG_CLUSTER.log" >&2 || true; die "PostgreSQL did not become ready on 127.0.0.1:$PGPORT"; }
    sleep 0.3
  done

  parse_pg_url "$CAIRN_DATABASE_URL"
  local app_user="$URL_USER" app_pass="$URL_PASS" app_db="$URL_DB"
  [ "$URL_PORT" = "$PGPORT" ] || say "WARNING: CAIRN_DATABASE_URL uses port $URL_PORT, the cluster listens on PGPORT=$PGPORT"
  parse_pg_url "$CAIRN_PG_ADMIN_URL"
  local adm_user="$URL_USER" adm_pass="$URL_PASS"

  # Created once; the passwords are (re)set only when a login with the configured URL fails.
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PGPORT" -d postgres \
    -v app_user="$app_user" -v app_pass="$app_pass" -v app_db="$app_db" \
    -v adm_user="$adm_user" -v adm_pass="$adm_pass" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'app_user', :'app_pass')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_user') \gexec
SELECT format('CREATE ROLE %I LOGIN SUPERUSER PASSWORD %L', :'adm_user', :'adm_pass')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'adm_user') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'app_db', :'app_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'app_db') \gexec
SQL
  local url user pass
  for url in "$CAIRN_DATABASE_URL" "$CAIRN_PG_ADMIN_URL"; do
    if ! psql -X -q -At "$url" -c 'select 1' >/dev/null 2>&1; then
      parse_pg_url "$url"
      user="$URL_USER" pass="$URL_PASS"
      say "resetting the password of role $user"
      as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PGPORT" -d postgres -v u="$user" -v p="$pass" \
        <<<"SELECT format('ALTER ROLE %I PASSWORD %L', :'u', :'p') \\gexec"
      psql -X -q -At "$url" -c 'select 1' >/dev/null || die "cannot log in with $url"
    fi
  done
  PG_PID="$(as_root head -1 "/var/lib/postgresql/$ver/$PG_CLUSTER/postmaster.pid" 2>/dev/null || echo '?')"
  say "ready: cluster $ver/$PG_CLUSTER, pid $PG_PID, roles $app_user and $adm_user (superuser), database $app_db"
  SUMMARY+=("PostgreSQL   $ver/$PG_CLUSTER on 127.0.0.1:$PGPORT (postmaster pid $PG_PID)"
    "             CAIRN_DATABASE_URL=$CAIRN_DATABASE_URL"
    "             CAIRN_PG_ADMIN_URL=$CAIRN_PG_ADMIN_URL"
    "             log /var/log/postgresql/postgresql-$ver-$PG_CLUSTER.log")
}

# ---------------------------------------------------------------------------------------------- 2. npm
setup_npm() {
  step "npm"
  local lock="$CAIRN_HOME/package-lock.json" stamp="$CAIRN_HOME/node_modules/.cairn-lock.sha256"
  [ -f "$lock" ] || lock="$CAIRN_HOME/package.json"
  if [ -d "$CAIRN_HOME/node_modules" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$(sha "$lock")" ]; then
    say "node_modules matches $(basename "$lock"): skipped"
  else
    say "npm install (ONNXRUNTIME_NODE_INSTALL=$ONNXRUNTIME_NODE_INSTALL)"
    # Not `npm ci`: this registry lacks some other-platform optional packages the lockfile would demand.
    (cd "$CAIRN_HOME" && npm install --no-audit --no-fund --loglevel=error)
    sha "$lock" >"$stamp"
  fi
  SUMMARY+=("node_modules $CAIRN_HOME/node_modules")
}

# ---------------------------------------------------------------------------------------------- 3. Kafka
# Runs a Kafka tool class; its log goes to stderr, its output to stdout.
kafka_java() {
  java -Xms64m -Xmx512m -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" -Dcairn.kafka.log.target=SYSTEM_ERR \
    -cp "$KAFKA_LIBS/*" "$@"
}

kafka_fail() {
  echo "---- tail of $KAFKA_LOG" >&2
  tail -40 "$KAFKA_LOG" >&2 2>/dev/null || true
  die "$1"
}

setup_kafka() {
  step "kafka"
  command -v java >/dev/null || { say "installing a JRE"; apt_install openjdk-17-jre-headless; }
  command -v mvn >/dev/null || { say "installing Maven"; apt_install maven; }

  local pom="$HERE/kafka/pom.xml" version pomhash
  version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$pom" | head -1)"
  [ -n "$version" ] || die "no <kafka.version> in $pom"
  pomhash="$(sha "$pom")"

  mkdir -p "$KAFKA_DIR"
  if [ "$(cat "$KAFKA_LIBS/.pom.sha256" 2>/dev/null)" != "$pomhash" ]; then
    kafka_pid_alive && die "Kafka is running with other jars than $pom asks for: run deploy/local/stop.sh first"
    say "fetching Kafka $version jars from Maven Central"
    rm -rf "$KAFKA_LIBS.tmp"
    mvn -q -B -Dstyle.color=never -f "$pom" dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$KAFKA_LIBS.tmp" >"$KAFKA_DIR/mvn.log" 2>&1 || { cat "$KAFKA_DIR/mvn.log" >&2; die "mvn could not fetch the Kafka jars"; }
    rm -rf "$KAFKA_LIBS" && mv "$KAFKA_LIBS.tmp" "$KAFKA_LIBS"
    echo "$pomhash" >"$KAFKA_LIBS/.pom.sha256"
    echo "$version" >"$KAFKA_LIBS/.version"
  else
    say "Kafka $version jars present: skipped download"
  fi

  if [ ! -s "$KAFKA_DIR/cluster.id" ]; then
    kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1 >"$KAFKA_DIR/cluster.id.tmp"
    mv "$KAFKA_DIR/cluster.id.tmp" "$KAFKA_DIR/cluster.id"
  fi
  local cluster_id
  cluster_id="$(tr -d '[:space:]' <"$KAFKA_DIR/cluster.id")"
  [[ "$cluster_id" =~ ^[A-Za-z0-9_-]{22}$ ]] || die "$KAFKA_DIR/cluster.id does not hold a Kafka cluster id: delete it (and $KAFKA_DIR/data)"

  local config_changed=0
  if sed -e "s|@KAFKA_DATA_DIR@|$KAFKA_DIR/data|g" -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" "$HERE/kafka/server.properties" | write_if_changed "$KAFKA_DIR/server.properties"; then
    config_changed=1
  fi

  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    kafka_pid_alive && die "Kafka is running but $KAFKA_DIR/data is not formatted: run deploy/local/stop.sh first"
    say "formatting storage (cluster id $cluster_id)"
    # Standalone: this node is the whole (dynamic) controller quorum.
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" --standalone >"$KAFKA_DIR/format.log" 2>&1 ||
      { cat "$KAFKA_DIR/format.log" >&2; die "kafka storage format failed"; }
    echo "$version" >"$KAFKA_DIR/data/.formatted-by"
  fi

  if kafka_pid_alive; then
    say "broker already running (pid $(cat "$KAFKA_PID_FILE")): not restarted"
    if [ "$config_changed" = 1 ]; then
      say "NOTE: $KAFKA_DIR/server.properties changed; it applies after: bash deploy/local/stop.sh --no-pg && bash deploy/local/setup.sh"
    fi
  else
    local host="${KAFKA_BROKERS%%,*}"
    port_open "${host%:*}" "${host##*:}" && die "something else listens on $host (no live broker pid in $KAFKA_PID_FILE)"
    say "starting Kafka $version"
    [ -f "$KAFKA_LOG" ] && mv -f "$KAFKA_LOG" "$KAFKA_LOG.1"
    # setsid: own session, so it outlives this shell and its process group; the inner shell writes its own pid,
    # which exec hands to java.
    # shellcheck disable=SC2016 # $$ and $@ belong to the inner shell
    nohup setsid bash -c 'echo $$ >"$0"; exec "$@"' "$KAFKA_PID_FILE" \
      java -Xms256m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExplicitGCInvokesConcurrent \
      -Djava.awt.headless=true -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" \
      -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties" \
      </dev/null >"$KAFKA_LOG" 2>&1 &
    local deadline=$((SECONDS + 10))
    until [ -s "$KAFKA_PID_FILE" ] && kafka_pid_alive; do
      [ $SECONDS -lt $deadline ] || kafka_fail "the Kafka process did not start"
      sleep 0.2
    done
  fi

  # Ready = the server says it started, the port accepts connections, and (with node_modules) metadata answers.
  local deadline=$((SECONDS + KAFKA_START_TIMEOUT)) host="${KAFKA_BROKERS%%,*}"
  until grep -q 'Kafka Server started' "$KAFKA_LOG" 2>/dev/null && port_open "${host%:*}" "${host##*:}"; do
    kafka_pid_alive || kafka_fail "the Kafka broker exited"
    [ $SECONDS -lt $deadline ] || kafka_fail "Kafka did not start within ${KAFKA_START_TIMEOUT}s"
    sleep 0.5
  done
  if [ -d "$CAIRN_HOME/node_modules/kafkajs" ]; then
    node "$HERE/wait-kafka.mjs" --timeout $((deadline - SECONDS > 5 ? deadline - SECONDS : 5)) ||
      kafka_fail "Kafka metadata did not answer"
  else
    say "no node_modules/kafkajs yet: readiness checked by log line and port only"
  fi
  KAFKA_PID="$(cat "$KAFKA_PID_FILE")"
  say "ready: Kafka $version on $KAFKA_BROKERS, pid $KAFKA_PID"
  SUMMARY+=("Kafka        $version (KRaft, single node) KAFKA_BROKERS=$KAFKA_BROKERS (pid $KAFKA_PID)"
    "             log $KAFKA_LOG, data $KAFKA_DIR/data, config $KAFKA_DIR/server.properties")
}

# ---------------------------------------------------------------------------------------------- 4. Python venv
setup_venv() {
  step "venv"
  local req="$HERE/requirements.txt" stamp="$CAIRN_VENV/.cairn-requirements.sha256" want pyver
  python3 -c 'import venv, ensurepip' 2>/dev/null || { say "installing python3-venv"; apt_install python3-venv; }
  pyver="$(python3 -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')"
  want="$(sha "$req") python$pyver"
  if [ -x "$CAIRN_VENV/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    say "$CAIRN_VENV matches requirements.txt: skipped"
  else
    if [ ! -x "$CAIRN_VENV/bin/python" ] || [ "$(cut -d' ' -f2 "$stamp" 2>/dev/null)" != "python$pyver" ]; then
      say "creating $CAIRN_VENV (python $pyver)"
      python3 -m venv --clear "$CAIRN_VENV"
    fi
    say "pip install -r deploy/local/requirements.txt"
    "$CAIRN_VENV/bin/pip" install -q --disable-pip-version-check -r "$req"
    echo "$want" >"$stamp"
  fi
  SUMMARY+=("Python venv  $CAIRN_VENV ($("$CAIRN_VENV/bin/python" -c 'import importlib.metadata as m; print("mlflow", m.version("mlflow"))' 2>/dev/null || echo '?'))")
}

# ---------------------------------------------------------------------------------------------- 5. audit signing key
# Governance signs the audit chain's head with it (VerifyAudit, the export); `npm run audit:verify` checks with the
# .pub.pem. Never overwritten: heads signed earlier must stay checkable with the same public key.
setup_audit_key() {
  step "audit key"
  local key="$CAIRN_RUN_DIR/audit-signing-key.pem" pub="$CAIRN_RUN_DIR/audit-signing-key.pub.pem"
  if [ -f "$key" ]; then
    say "$key exists: kept"
  else
    command -v openssl >/dev/null || { say "installing openssl"; apt_install openssl; }
    (umask 077 && openssl genpkey -algorithm ed25519 -out "$key")
    say "created $key"
  fi
  [ -f "$pub" ] || openssl pkey -in "$key" -pubout -out "$pub"
  SUMMARY+=("audit key    $key (public: $pub)")
}

if [ "$DO_PG" = 1 ]; then setup_pg; fi
if [ "$DO_NPM" = 1 ]; then setup_npm; fi
if [ "$DO_KAFKA" = 1 ]; then setup_kafka; fi
if [ "$DO_VENV" = 1 ]; then setup_venv; fi
setup_audit_key
step_end

echo "==> done in $((SECONDS - T0))s"
for l in "${SUMMARY[@]}"; do say "$l"; done
say "env: . deploy/local/env.sh   (CAIRN_RUN_DIR=$CAIRN_RUN_DIR)"
say "stop: bash deploy/local/stop.sh"
say "timings:"
for l in "${TIMINGS[@]}"; do say "  $l"; done
