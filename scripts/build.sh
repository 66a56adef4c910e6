#!/usr/bin/env bash
# Configures (once) and builds into ./build with the default preset. Extra args go to ninja.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/build.ninja ] || cmake --preset default >/dev/null
cmake --build build -- "$@"
