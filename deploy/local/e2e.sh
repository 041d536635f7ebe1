#!/usr/bin/env bash
# The platform's end-to-end job (README's first command): sets up PostgreSQL, Kafka, npm and the venv, then runs
# e2e/platform-job.ts, which boots the services, drives the flow and prints a report.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/env.sh"
bash "$here/setup.sh"
cd "$CAIRN_HOME"
exec node -r @swc-node/register e2e/main.ts
