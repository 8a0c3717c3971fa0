#!/usr/bin/env bash
# Render deploy/nginx/portal.conf.template to stdout, for inclusion inside nginx's http { } block.
#
#   PORTAL_SERVER_NAME=portal.example.gov.uk PORTAL_UPSTREAM=10.0.0.5:8000,10.0.0.6:8000 \
#     deploy/nginx/render.sh > /etc/nginx/sites-enabled/portal.conf
#
# Environment (all optional; defaults suit one machine with nginx and gunicorn on it):
#   PORTAL_LISTEN          what the public server listens on           (80)
#   PORTAL_SERVER_NAME     host names it answers to                    (_)
#   PORTAL_UPSTREAM        gunicorn address(es), comma-separated       (127.0.0.1:8000)
#   PORTAL_STATIC_ROOT     collectstatic's STATIC_ROOT                 (<repo>/static_collected)
#   PORTAL_MEDIA_ROOT      MEDIA_ROOT                                  (<repo>/media)
#   PORTAL_CACHE_DIR       the front cache's directory                 (/var/cache/nginx/portal)
#   PORTAL_CACHE_TTL       how long a page is kept between purges      (60s)
#   PORTAL_ACCESS_LOG      access log path, or "off"                   (/var/log/nginx/portal.access.log)
#   PORTAL_ERROR_LOG       error log path                              (/var/log/nginx/portal.error.log)
#   PORTAL_TLS_CERT / PORTAL_TLS_KEY   certificate and key: listen with TLS (and HTTP/2)
#   PORTAL_PURGE           "yes", "no" or "auto": the purge listener Wagtail calls on publish
#                          (needs ngx_cache_purge, Debian's libnginx-mod-http-cache-purge;
#                          "auto" adds it when that module is installed)             (auto)
#   PORTAL_PURGE_LISTEN    where the purge listener listens            (127.0.0.1:8081)
#   PORTAL_PURGE_ALLOW     addresses allowed to purge, comma-separated (127.0.0.1,::1)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

export PORTAL_LISTEN=${PORTAL_LISTEN:-80}
export PORTAL_SERVER_NAME=${PORTAL_SERVER_NAME:-_}
export PORTAL_STATIC_ROOT=${PORTAL_STATIC_ROOT:-$root/static_collected}
export PORTAL_MEDIA_ROOT=${PORTAL_MEDIA_ROOT:-$root/media}
export PORTAL_CACHE_DIR=${PORTAL_CACHE_DIR:-/var/cache/nginx/portal}
export PORTAL_CACHE_TTL=${PORTAL_CACHE_TTL:-60s}
export PORTAL_ACCESS_LOG=${PORTAL_ACCESS_LOG:-/var/log/nginx/portal.access.log}
export PORTAL_ERROR_LOG=${PORTAL_ERROR_LOG:-/var/log/nginx/portal.error.log}
purge=${PORTAL_PURGE:-auto}
purge_listen=${PORTAL_PURGE_LISTEN:-127.0.0.1:8081}
purge_allow=${PORTAL_PURGE_ALLOW:-127.0.0.1,::1}

# Reject values that would break out of their directive (a ; or a brace in a path or name).
for name in PORTAL_LISTEN PORTAL_SERVER_NAME PORTAL_STATIC_ROOT PORTAL_MEDIA_ROOT \
  PORTAL_CACHE_DIR PORTAL_CACHE_TTL PORTAL_ACCESS_LOG PORTAL_ERROR_LOG; do
  if [[ "${!name}" == *[\;\{\}\$\'\"]* ]]; then
    echo "render.sh: $name contains a character nginx would misread: ${!name}" >&2
    exit 2
  fi
done

servers=""
IFS=',' read -ra upstreams <<<"${PORTAL_UPSTREAM:-127.0.0.1:8000}"
for address in "${upstreams[@]}"; do
  servers+="    server ${address// /} max_fails=3 fail_timeout=10s;"$'\n'
done
export PORTAL_UPSTREAM_SERVERS=${servers%$'\n'}

if [ -n "${PORTAL_TLS_CERT:-}" ]; then
  # "listen … http2" rather than "http2 on": Debian 12's nginx 1.22 predates the latter.
  PORTAL_LISTEN="$PORTAL_LISTEN ssl http2"
  export PORTAL_TLS="    ssl_certificate ${PORTAL_TLS_CERT};
    ssl_certificate_key ${PORTAL_TLS_KEY:?PORTAL_TLS_KEY must be set with PORTAL_TLS_CERT};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:portal_tls:10m;"
else
  export PORTAL_TLS="    # TLS is terminated in front of this server (set PORTAL_TLS_CERT/KEY to do it here)."
fi

if [ "$purge" = "auto" ]; then
  purge=no
  for module in /usr/lib/nginx/modules/ngx_http_cache_purge_module.so \
    /usr/lib64/nginx/modules/ngx_http_cache_purge_module.so; do
    [ -e "$module" ] && purge=yes
  done
fi
if [ "$purge" = "yes" ]; then
  allow=""
  IFS=',' read -ra addresses <<<"$purge_allow"
  for address in "${addresses[@]}"; do allow+="    allow ${address// /};"$'\n'; done
  # wagtail.contrib.frontend_cache (FRONTEND_CACHE_PURGE_URL=http://<this listener>) sends
  # "PURGE /<lang>/<path>/" with the page's host in Host, once per language, on publish and
  # unpublish. An entry that was not cached answers 404 from the module; we answer 204 so that
  # Wagtail does not log an error for it.
  export PORTAL_PURGE_SERVER="# Purge listener: loopback (or PORTAL_PURGE_ALLOW) only.
server {
    listen ${purge_listen};
    access_log off;
${allow}    deny all;
    location / {
        proxy_cache_purge portal_pages \"\$host\$request_uri\";
        error_page 404 = @not_cached;
    }
    location @not_cached {
        return 204;
    }
}"
else
  export PORTAL_PURGE_SERVER="# No purge listener (ngx_cache_purge is not installed): pages expire after PORTAL_CACHE_TTL."
fi

envsubst '${PORTAL_LISTEN} ${PORTAL_SERVER_NAME} ${PORTAL_STATIC_ROOT} ${PORTAL_MEDIA_ROOT}
  ${PORTAL_CACHE_DIR} ${PORTAL_CACHE_TTL} ${PORTAL_ACCESS_LOG} ${PORTAL_ERROR_LOG}
  ${PORTAL_UPSTREAM_SERVERS} ${PORTAL_TLS} ${PORTAL_PURGE_SERVER}' <"$here/portal.conf.template"
