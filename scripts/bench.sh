#!/usr/bin/env bash
# Builds and runs every benchmark; each prints "name value unit" lines.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh
for b in build/bench/bench_*; do
  [ -x "$b" ] && "$b" "$@"
done
