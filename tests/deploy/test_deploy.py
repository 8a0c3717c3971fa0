"""deploy/: the gunicorn config, the nginx site config (checked by nginx itself) and the compose
file are valid, and neither server writes what a resident looked up to its log."""

import os
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from portal.core.logging import ACCESS_LOG_FORMAT

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
needs_nginx = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (scripts/system-deps.sh --deploy)"
)


def render(tmp_path: Path, **env: str) -> str:
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PORTAL_LISTEN": "127.0.0.1:8080",
        "PORTAL_SERVER_NAME": "portal.example.gov.uk",
        "PORTAL_CACHE_DIR": str(tmp_path / "cache"),
        "PORTAL_ACCESS_LOG": str(tmp_path / "access.log"),
        "PORTAL_ERROR_LOG": str(tmp_path / "error.log"),
        **env,
    }
    result = subprocess.run(  # noqa: S603 - our own script
        ["bash", str(DEPLOY / "nginx" / "render.sh")],  # noqa: S607
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def nginx_test(tmp_path: Path, site: str) -> subprocess.CompletedProcess:
    """`nginx -t` on the site config, inside a minimal main config that keeps every file here."""
    (tmp_path / "site.conf").write_text(site)
    modules = Path("/etc/nginx/modules-enabled")
    config = tmp_path / "nginx.conf"
    config.write_text(
        (f"include {modules}/*.conf;\n" if modules.is_dir() else "")
        + f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/nginx-error.log;\n"
        "events {}\nhttp {\n  include /etc/nginx/mime.types;\n"
        + "".join(
            f"  {kind}_temp_path {tmp_path}/{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + f"  include {tmp_path}/site.conf;\n}}\n"
    )
    return subprocess.run(  # noqa: S603
        ["nginx", "-t", "-c", str(config), "-e", str(tmp_path / "nginx-error.log")],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )


class GunicornConfigTests:
    def load(self, monkeypatch, **env):
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))

    def test_the_access_log_uses_the_one_privacy_safe_format(self, monkeypatch):
        config = self.load(monkeypatch)
        assert config["access_log_format"] is ACCESS_LOG_FORMAT
        assert config["wsgi_app"] == "portal.wsgi:application"

    def test_workers_bind_and_logs_come_from_the_environment(self, monkeypatch):
        config = self.load(
            monkeypatch,
            GUNICORN_WORKERS="3",
            GUNICORN_BIND="127.0.0.1:9001",
            GUNICORN_ACCESS_LOG="/dev/null",
            GUNICORN_MAX_REQUESTS="0",
        )
        assert config["workers"] == 3
        assert config["bind"] == ["127.0.0.1:9001"]
        assert config["accesslog"] == "/dev/null"
        assert config["max_requests"] == 0

    def test_gunicorn_accepts_the_config(self):
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "--check-config", "-c", "deploy/gunicorn.conf.py"],
            cwd=ROOT,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr


class NginxSiteConfigTests:
    @needs_nginx
    def test_nginx_accepts_the_rendered_config(self, tmp_path):
        result = nginx_test(tmp_path, render(tmp_path))
        assert result.returncode == 0, result.stderr
        assert "test is successful" in result.stderr

    @needs_nginx
    def test_nginx_accepts_it_with_tls_several_app_servers_and_no_purge_module(self, tmp_path):
        site = render(
            tmp_path,
            PORTAL_LISTEN="127.0.0.1:8443",
            PORTAL_TLS_CERT="/etc/ssl/certs/ssl-cert-snakeoil.pem",
            PORTAL_TLS_KEY="/etc/ssl/private/ssl-cert-snakeoil.key",
            PORTAL_UPSTREAM="10.0.0.5:8000, 10.0.0.6:8000",
            PORTAL_PURGE="no",
        )
        assert "server 10.0.0.5:8000" in site and "server 10.0.0.6:8000" in site
        assert "listen 127.0.0.1:8443 ssl http2;" in site
        assert "proxy_cache_purge" not in site
        if shutil.which("openssl") is None:
            pytest.skip("openssl is not installed: no certificate to load")
        subprocess.run(  # noqa: S603 - a throwaway self-signed certificate for nginx to load
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]  # noqa: S607
            + ["-subj", "/CN=localhost", "-keyout", str(tmp_path / "tls.key")]
            + ["-out", str(tmp_path / "tls.pem")],
            capture_output=True,
            check=True,
            timeout=60,
        )
        site = site.replace("/etc/ssl/certs/ssl-cert-snakeoil.pem", str(tmp_path / "tls.pem"))
        site = site.replace("/etc/ssl/private/ssl-cert-snakeoil.key", str(tmp_path / "tls.key"))
        result = nginx_test(tmp_path, site)
        assert result.returncode == 0, result.stderr

    def test_the_access_log_keeps_no_query_string_address_referrer_or_agent(self, tmp_path):
        site = render(tmp_path)
        log_format = re.search(r"log_format portal_privacy (.*?);", site, flags=re.S).group(1)
        variables = set(re.findall(r"\$\{?(\w+)", log_format))
        assert "uri" in variables
        forbidden = {"request", "request_uri", "args", "query_string", "is_args", "remote_addr"}
        forbidden |= {"http_referer", "http_user_agent", "http_x_forwarded_for", "arg_q"}
        assert not variables & forbidden

    def test_public_pages_are_cached_per_language_and_never_for_sessions_or_queries(self, tmp_path):
        site = render(tmp_path)
        assert 'proxy_cache_key "$host$request_uri";' in site  # the path starts /<lang>/
        assert "proxy_cache_valid 200 60s;" in site  # redirects (/ → /<lang>/) are not kept
        for directive in ("proxy_cache_bypass", "proxy_no_cache"):
            line = re.search(rf"{directive} (.*);", site).group(1)
            assert "$portal_has_cookie" in line and "$args" in line
        assert "$cookie_sessionid$cookie_csrftoken" in site
        assert "~*(private|no-store|no-cache)" in site
        admin = re.search(r"location /admin/ \{(.*?)\}", site, flags=re.S).group(1)
        assert "proxy_cache" not in admin

    def test_hashed_static_files_are_immutable_and_documents_never_served_from_disk(self, tmp_path):
        site = render(tmp_path, PORTAL_STATIC_ROOT="/srv/static", PORTAL_MEDIA_ROOT="/srv/media")
        assert "alias /srv/static/;" in site
        assert "immutable" in site
        assert "alias /srv/media/images/;" in site
        assert "/srv/media/documents" not in site and "alias /srv/media/;" not in site

    def test_the_purge_listener_answers_only_loopback_by_default(self, tmp_path):
        site = render(tmp_path, PORTAL_PURGE="yes")
        purge = site[site.index("# Purge listener") :]
        assert "listen 127.0.0.1:8081;" in purge
        assert "allow 127.0.0.1;" in purge and "deny all;" in purge
        assert 'proxy_cache_purge portal_pages "$host$request_uri";' in purge

    def test_values_that_would_inject_directives_are_refused(self, tmp_path):
        result = subprocess.run(  # noqa: S603
            ["bash", str(DEPLOY / "nginx" / "render.sh")],  # noqa: S607
            env={"PATH": os.environ["PATH"], "PORTAL_SERVER_NAME": "x; include /etc/passwd"},
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 2
        assert "PORTAL_SERVER_NAME" in result.stderr


class FrontendCacheSettingsTests:
    def run_settings(self, **env) -> str:
        code = (
            "from django.conf import settings as s;"
            "print('wagtail.contrib.frontend_cache' in s.INSTALLED_APPS,"
            " getattr(s, 'WAGTAILFRONTENDCACHE', None))"
        )
        return subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=ROOT,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", **env},
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout.strip()

    def test_publishing_purges_the_nginx_listener_named_in_the_environment(self):
        out = self.run_settings(FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:8081")
        assert out.startswith("True")
        assert "HTTPBackend" in out and "'LOCATION': 'http://127.0.0.1:8081'" in out

    def test_without_it_nothing_is_sent(self):
        assert self.run_settings(FRONTEND_CACHE_PURGE_URL="") == "True None"


def has_docker_compose() -> bool:
    if shutil.which("docker") is None:
        return False
    version = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)  # noqa: S607
    return version.returncode == 0


class ComposeFileTests:
    def test_docker_compose_accepts_the_file(self):
        if not has_docker_compose():
            pytest.skip(
                "`docker compose` is not installed here (docker without the compose plugin)"
            )
        result = subprocess.run(  # noqa: S603
            ["docker", "compose", "-f", str(DEPLOY / "docker-compose.yml"), "config", "--quiet"],  # noqa: S607
            env={**os.environ, "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "portal.example.gov.uk"},
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
