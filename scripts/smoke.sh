#!/usr/bin/env bash
# Smoke test of the stack that runs here: gunicorn (deploy/gunicorn.conf.py) + PostgreSQL
# (scripts/with-postgres.sh) + nginx (deploy/nginx/render.sh), all on loopback, with production
# settings and the demo county. Fetches through nginx: the home page, one live page of every page
# type, the finder, the admin login; checks the front cache hits and is purged when a page is
# published (wagtail.contrib.frontend_cache), static files are immutable, and no query string
# reaches a log. Leaves nothing behind. `make test-smoke` runs it; CI runs it through `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

if [ -z "${DATABASE_URL:-}" ] || [ "${1:-}" != "--inside" ]; then
  exec scripts/with-postgres.sh "$0" --inside
fi
for tool in nginx curl envsubst; do
  command -v "$tool" >/dev/null || { echo "smoke: $tool missing: scripts/system-deps.sh --deploy" >&2; exit 1; }
done

work=$(mktemp -d /tmp/portal-smoke.XXXXXX)
chmod 755 "$work" # nginx's workers (www-data when started as root) create their cache in it
pids=()
stop() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$status" -ne 0 ]; then
    echo "--- smoke FAILED; last lines of the logs:" >&2
    tail -n 30 "$work"/*.log >&2 || true
  fi
  rm -rf "$work"
}
trap stop EXIT

free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
app_port=$(free_port)
web_port=$(free_port)
purge_port=$(free_port)
secret_term="smoke-secret-term-$RANDOM"

export DJANGO_SETTINGS_MODULE=portal.settings.production
export SECRET_KEY="smoke-test-only-not-secret-$(date +%s)"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false
export MEDIA_ROOT="$work/media"
export TRUSTED_PROXY_COUNT=1
purge_url="http://127.0.0.1:$purge_port" # set only once nginx runs (the demo publishes a lot)
export GUNICORN_BIND="127.0.0.1:$app_port"
export GUNICORN_WORKERS=2
export GUNICORN_ACCESS_LOG="$work/gunicorn-access.log"

step() { printf '%s  %s\n' "$(date +%T)" "$*"; }
step "migrate"
"$PY" manage.py migrate --no-input -v0
step "load the demo"
"$PY" manage.py load_demo >"$work/load_demo.log"
"$PY" manage.py compilemessages --ignore=.venv --ignore=node_modules -v0 >/dev/null
"$PY" manage.py collectstatic --no-input -v0
# As a deployer would: the site's public name, which Wagtail puts in the Host of its purges.
"$PY" manage.py shell --no-imports -c "
from wagtail.models import Site
Site.objects.filter(is_default_site=True).update(hostname='127.0.0.1', port=$web_port)
"

step "start gunicorn and nginx"
FRONTEND_CACHE_PURGE_URL=$purge_url "$PY" -m gunicorn -c deploy/gunicorn.conf.py >"$work/gunicorn.log" 2>&1 &
pids+=($!)
PORTAL_LISTEN="127.0.0.1:$web_port" PORTAL_SERVER_NAME="127.0.0.1 localhost" \
  PORTAL_UPSTREAM="127.0.0.1:$app_port" PORTAL_MEDIA_ROOT="$MEDIA_ROOT" \
  PORTAL_CACHE_DIR="$work/nginx-cache" PORTAL_ACCESS_LOG="$work/nginx-access.log" \
  PORTAL_ERROR_LOG="$work/nginx-error.log" PORTAL_PURGE=yes \
  PORTAL_PURGE_LISTEN="127.0.0.1:$purge_port" deploy/nginx/render.sh >"$work/site.conf"
cat >"$work/nginx.conf" <<EOF
$([ -d /etc/nginx/modules-enabled ] && echo "include /etc/nginx/modules-enabled/*.conf;")
pid $work/nginx.pid;
error_log $work/nginx-error.log;
worker_processes 1;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  client_body_temp_path $work/body; proxy_temp_path $work/proxy; fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
  include $work/site.conf;
}
EOF
nginx -t -q -c "$work/nginx.conf" -e "$work/nginx-error.log"
nginx -c "$work/nginx.conf" -e "$work/nginx-error.log" -g "daemon off;" >"$work/nginx.log" 2>&1 &
pids+=($!)

base="http://127.0.0.1:$web_port"
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$app_port/en/" 2>/dev/null && break
  sleep 0.3
done

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# fetch PATH [EXPECTED_STATUS...]: GET through nginx, print the status, fail on anything else.
fetch() {
  local path=$1
  shift
  local expected=("${@:-200}")
  local status
  status=$(curl -sS -o "$work/body.html" -w '%{http_code}' "$base$path") || status=000
  for code in "${expected[@]}"; do
    if [ "$status" = "$code" ]; then
      printf '  %s %s\n' "$status" "$path"
      return 0
    fi
  done
  fail "$path answered $status, expected ${expected[*]}"
}
header() { curl -sS -D - -o /dev/null "$base$1" | tr -d '\r' | awk -v h="$2" 'tolower($1) == tolower(h) ":" { $1 = ""; sub(/^ /, ""); print }'; }

step "fetch pages through nginx"
fetch / 302
fetch /en/
# One live English page of every page type the tree has, and what the finder and guides need.
"$PY" manage.py shell --no-imports -c '
from django.apps import apps
from wagtail.models import Page
seen = set()
for page in Page.objects.live().filter(depth__gt=1, locale__language_code="en").specific().order_by("path"):
    label = type(page)._meta.label
    if label not in seen:
        seen.add(label)
        print("page", label, page.url)
for label in ("finder.ServiceFinderPage", "entitlements.EntitlementGuidePage"):
    try:
        apps.get_model(label)
        print("model", label, "-")
    except LookupError:
        pass
from django.urls import NoReverseMatch, reverse
for name in ("search", "sitemap"):
    try:
        print("route", name, reverse(name))
    except NoReverseMatch:
        pass
' >"$work/pages.txt"
grep -q '^page ' "$work/pages.txt" || fail "the demo has no live English pages"
while read -r kind label path; do
  [ "$kind" = page ] || continue
  printf '  (%s)' "$label"
  fetch "$path"
done <"$work/pages.txt"
# The finder: strict as soon as its page type exists; until then a 404 is the honest answer.
if grep -q '^model finder.ServiceFinderPage' "$work/pages.txt"; then
  fetch /en/find/
  fetch "/en/find/?q=$secret_term"
else
  echo "  (finder.ServiceFinderPage does not exist yet: 404 tolerated)"
  fetch /en/find/ 200 404
  fetch "/en/find/?q=$secret_term" 200 404
fi
if grep -q '^model entitlements.EntitlementGuidePage' "$work/pages.txt"; then
  grep -q '^page entitlements.EntitlementGuidePage' "$work/pages.txt" ||
    fail "the entitlements app exists but the demo has no live guide"
fi
# Search and the sitemap: strict as soon as their routes exist.
if grep -q '^route search' "$work/pages.txt"; then search_ok=(200); else search_ok=(200 404); fi
if grep -q '^route sitemap' "$work/pages.txt"; then sitemap_ok=(200); else sitemap_ok=(200 404); fi
fetch "/en/search/?q=$secret_term" "${search_ok[@]}"
fetch /admin/login/
grep -qi 'name="username"' "$work/body.html" || fail "/admin/login/ has no login form"
fetch /sitemap.xml "${sitemap_ok[@]}"
fetch /en/this-page-does-not-exist/ 404

step "front cache: hit, bypass, purge on publish"
curl -sS -o /dev/null "$base/en/"
[ "$(header /en/ X-Cache-Status)" = HIT ] || fail "/en/ was not served from nginx's cache the second time"
[ "$(curl -sS -D - -o /dev/null -H 'Cookie: sessionid=x' "$base/en/" | tr -d '\r' | awk 'tolower($1)=="x-cache-status:"{print $2}')" = BYPASS ] ||
  fail "a request with a session cookie was not passed to the portal"
[ "$(header "/en/?page=2" X-Cache-Status)" = BYPASS ] || fail "a query string did not bypass the cache"
[ -z "$(header /admin/login/ X-Cache-Status)" ] || fail "the admin went through the page cache"
FRONTEND_CACHE_PURGE_URL=$purge_url "$PY" manage.py shell --no-imports -c '
from wagtail.models import Page
home = Page.objects.get(depth=2, locale__language_code="en").specific
home.save_revision().publish()
'
[ "$(header /en/ X-Cache-Status)" = MISS ] || fail "publishing the home page did not purge /en/ from nginx's cache"

step "static files, gzip, headers"
curl -sS -o "$work/body.html" "$base/en/"
css=$(grep -o '/static/[^"]*\.css' "$work/body.html" | head -n 1 || true)
if [ -n "$css" ]; then
  fetch "$css"
  header "$css" Cache-Control | grep -q immutable || fail "$css is not served as immutable"
  curl -sS -D - -o /dev/null -H 'Accept-Encoding: gzip' "$base$css" | tr -d '\r' |
    grep -qi '^content-encoding: gzip' || fail "$css is not gzipped"
else
  fail "the home page links no stylesheet"
fi
header /en/ Content-Security-Policy | grep -q "default-src 'self'" || fail "no CSP on /en/ through nginx"
fetch /media/original_images/anything.jpg 404

step "logs keep no query strings"
sleep 0.5
for log in "$work/gunicorn-access.log" "$work/nginx-access.log" "$work/gunicorn.log" "$work/nginx-error.log"; do
  [ -e "$log" ] || continue
  if grep -q "$secret_term" "$log"; then fail "$(basename "$log") contains a query string"; fi
done
grep -q '"GET /en/ ' "$work/nginx-access.log" || fail "nginx wrote no access log"
grep -q '"GET /en/ ' "$work/gunicorn-access.log" || fail "gunicorn wrote no access log"

if [ "$failures" -ne 0 ]; then
  echo "smoke: $failures check(s) failed" >&2
  exit 1
fi
step "smoke: all checks passed"
