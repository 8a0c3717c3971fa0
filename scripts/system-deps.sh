#!/usr/bin/env bash
# Install the Debian packages the portal needs, only those that are missing.
# gettext: compiling UI translations. postgresql: the second database the tests run on.
# With --browser: Debian's Chromium (never a browser a tool downloads) for the browser tests,
# npm for axe-core, and Noto fonts so Arabic, Ethiopic and other scripts render in screenshots.
set -euo pipefail
missing=()
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
# redis-server: the cache-outage tests start and stop a real one on loopback.
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "${1:-}" = "--browser" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install these packages with your system's package manager: ${missing[*]}" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing Debian packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
