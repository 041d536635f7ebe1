#!/usr/bin/env bash
# The whole test suite (README's second command). Installs and starts what it needs through setup.sh, then runs
# the typecheck and each test tier against the real PostgreSQL and Kafka. Prints one closing line
# "tests: N passed, N failed, N skipped" and exits non-zero if anything failed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/env.sh"
cd "$CAIRN_HOME"

bash "$here/setup.sh"

results="$CAIRN_RUN_DIR/test-results"
rm -rf "$results" && mkdir -p "$results"
status=0

echo "== typecheck"
npx tsc -p tsconfig.json --noEmit || status=1

run_tier() {
  local tier="$1"; shift
  echo "== jest: $tier tests"
  npx jest --selectProjects "$tier" --ci --json --outputFile="$results/$tier.json" "$@" || status=1
}
run_tier unit
run_tier int --runInBand
run_tier e2e --runInBand

node "$here/summarise-tests.js" "$results/unit.json" "$results/int.json" "$results/e2e.json" || status=1
exit "$status"
