#!/usr/bin/env bash
# Runs every benchmark in bench/ (or the ones named: `npm run bench -- relay`) against the real PostgreSQL and
# Kafka, each writing bench/results/<name>.json, then regenerates docs/benchmarks.md from those results.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../deploy/local/env.sh"
bash "$CAIRN_HOME/deploy/local/setup.sh" --no-venv
cd "$CAIRN_HOME"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for file in bench/*.bench.ts; do names+=("$(basename "$file" .bench.ts)"); done
fi
for name in "${names[@]}"; do
  echo "== bench: $name"
  node -r @swc-node/register "bench/$name.bench.ts"
done
node bench/render-docs.js
