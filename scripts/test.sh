#!/usr/bin/env bash
# Builds everything and runs every test (unit, integration against the real server, UI offscreen,
# keychain tests inside a private D-Bus session with gnome-keyring).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
tests/with-keyring.sh ctest --test-dir build --output-on-failure --timeout 600 "$@"
