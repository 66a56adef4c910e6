#!/usr/bin/env bash
# Installs what is missing, builds, starts the reference server with demo data on loopback and a
# client signed in as the demo user 张伟 (zhangwei). Closing the client stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh zhengtong zhengtong-server
demo_home=${ZT_DEMO_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/zhengtong-demo}
mkdir -p "$demo_home"
server_log="$demo_home/server.log"
build/app/zhengtong-server --listen 127.0.0.1:0 --data "$demo_home/server" --demo >"$server_log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^listening on //p' "$server_log")
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { cat "$server_log" >&2; exit 1; }
grep '^demo user' "$server_log"
echo "server: $url (log: $server_log)"

export ZT_DEMO_PASSWORD='Zhengtong@2026' ZT_DEMO_PASSPHRASE='zhengtong-demo'
client=(build/app/zhengtong --profile "$demo_home/client" --server "$url" --user zhangwei
        --password-env ZT_DEMO_PASSWORD --passphrase-env ZT_DEMO_PASSPHRASE)
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || client+=(--no-keychain)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "no display: running the client under xvfb-run"
  xvfb-run -a "${client[@]}" "$@"
else
  "${client[@]}" "$@"
fi
