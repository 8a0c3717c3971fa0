"""portal.settings.production passes Django's deployment checks and refuses to start unset."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def example_environment() -> dict[str, str]:
    """.env.example's values, with a real random SECRET_KEY where the example leaves it empty."""
    values = {}
    for line in (ROOT / ".env.example").read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and not line.lstrip().startswith("#"):
            values[name.strip()] = value.strip()
    values["SECRET_KEY"] = values.get("SECRET_KEY") or secrets.token_urlsafe(50)
    return values


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(ROOT)),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        **env,
    }
    return subprocess.run(  # noqa: S603 (our own manage.py, arguments from this file)
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


class ProductionSettingsTests:
    def test_deployment_checks_pass_with_the_example_environment(self):
        result = manage("check", "--deploy", "--fail-level", "WARNING", env=example_environment())
        assert result.returncode == 0, result.stdout + result.stderr
        assert "no issues" in result.stdout

    @pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
    def test_it_refuses_to_start_without(self, missing):
        env = example_environment()
        env[missing] = ""
        result = manage("check", env=env)
        assert result.returncode != 0
        assert f"{missing} must be set in production" in result.stderr

    def test_production_values_of_the_security_settings(self):
        code = (
            "from django.conf import settings as s;"
            "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
            " s.LANGUAGE_COOKIE_SECURE, s.SECURE_HSTS_SECONDS >= 31536000)"
        )
        result = manage("shell", "--no-imports", "-c", code, env=example_environment())
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[-1].split() == [
            "False",
            "True",
            "True",
            "True",
            "True",
            "True",
        ]
