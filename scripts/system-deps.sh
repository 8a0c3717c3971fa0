#!/usr/bin/env bash
# Install the Debian packages the portal needs, only those that are missing.
# gettext: compiling UI translations. postgresql: the second database the tests run on.
# With --browser: Debian's Chromium (never a browser a tool downloads) for the browser tests,
# npm for axe-core, and Noto fonts so Arabic, Ethiopic and other scripts render in screenshots.
# With --deploy (or --bench): nginx with the cache-purge module (the shipped site config in
# deploy/nginx, `nginx -t` in the tests, the smoke test) and wrk (bench/pages.py, bench/load.py).
# Flags combine: scripts/system-deps.sh --browser --deploy
set -euo pipefail
missing=()
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
# redis-server: the cache-outage tests start and stop a real one on loopback.
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
for flag in "$@"; do
  case "$flag" in
    --browser)
      command -v chromium >/dev/null 2>&1 || missing+=(chromium)
      command -v npm >/dev/null 2>&1 || missing+=(npm)
      [ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
      ;;
    --deploy | --bench)
      command -v nginx >/dev/null 2>&1 || missing+=(nginx)
      ls /usr/lib/nginx/modules/ngx_http_cache_purge_module.so >/dev/null 2>&1 ||
        missing+=(libnginx-mod-http-cache-purge)
      command -v envsubst >/dev/null 2>&1 || missing+=(gettext-base)
      command -v wrk >/dev/null 2>&1 || missing+=(wrk)
      ;;
    *)
      echo "usage: $0 [--browser] [--deploy|--bench]" >&2
      exit 2
      ;;
  esac
done
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
