#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, so keychain
# tests are hermetic (no prompt, no state from earlier runs). Falls back to running the command
# as is when dbus-run-session or gnome-keyring-daemon is missing.
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  exec "$@"
fi
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  printf "zhengtong-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export ZT_REQUIRE_KEYRING=1
  exec "$@"' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
