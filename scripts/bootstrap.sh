#!/usr/bin/env bash
# Installs the Debian bookworm packages Zhengtong needs, when any is missing.
# As root it runs apt-get; otherwise it prints the one command to run and fails.
set -euo pipefail
packages=(
  # build
  cmake ninja-build g++ pkg-config libgl-dev
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-pdf-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qtkeychain-qt6-dev libsqlcipher-dev libssl-dev libicu-dev
  # run and test: keychain (Secret Service), a CJK font, a virtual display for headless demos
  dbus gnome-keyring libsecret-tools fonts-wqy-microhei xvfb xauth openssl
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing packages. Run:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
