"""Production: refuses to start without a secret key and the hosts it serves.

`manage.py check --deploy --fail-level WARNING` passes with these settings and the values in
.env.example (tests/security/test_production_settings.py runs it).
"""

from .base import *

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set in production: a long random string, e.g. the output of "
        'python -c "import secrets; print(secrets.token_urlsafe(50))"'
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must be set in production: the host names the portal answers to, "
        "comma-separated (e.g. portal.example.gov.uk)."
    )

DEBUG = False
# nginx terminates TLS and says so in X-Forwarded-Proto (deploy/ sets it).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# Only the admin uses a session: end it when the browser closes, and after 8 hours at most.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 60 * 60 * 8
