"""Settings shared by every environment. Environment variables are read here and only here."""

import os
from pathlib import Path
from urllib.parse import urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from portal.languages import KNOWN_LANGUAGES, LOW_RESOURCE_LANGUAGES, parse_portal_languages

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


# --- Environment schema: every variable the portal reads, its type and its default ------------
def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    if value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
REDIS_URL = env_str("REDIS_URL")
MEDIA_ROOT = env_str("MEDIA_ROOT", str(BASE_DIR / "media"))
PORTAL_LANGUAGES = parse_portal_languages(env_str("PORTAL_LANGUAGES"))
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
EMAIL_URL = env_str("EMAIL_URL")
WIDGET_ALLOWED_ORIGINS = env_list("WIDGET_ALLOWED_ORIGINS")
# Anonymous public pages (no query string) are kept this long, and purged on every publish.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# How many reverse proxies (nginx, a load balancer) stand in front of gunicorn and append to
# X-Forwarded-For. 0: the client's address is REMOTE_ADDR. Used by the login lockout and the
# public forms' rate limit; set it wrongly and a visitor can forge their address.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# ------------------------------------------------------------------------------------------------


INSTALLED_APPS = [
    # modeltranslation must come before django.contrib.admin and any app it translates
    "modeltranslation",
    "portal.core",
    "portal.taxonomy",
    "portal.entitlements",
    "portal.directory",
    "portal.finder",
    "portal.translation",
    "portal.sanctuary",
    "portal.api",
    "portal.search",
    "portal.feedback",
    "portal.security",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy: strict on public pages, relaxed under /admin/ (docs/security.md)
    "portal.security.middleware.ContentSecurityPolicyMiddleware",
    "portal.security.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 for every response, cached pages included.
    "django.middleware.http.ConditionalGetMiddleware",
    # Anonymous readers' pages, answered before anything below touches the database.
    "portal.core.page_cache.AnonymousPageCacheMiddleware",
    "portal.core.page_cache.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.core.i18n.LocaleMiddleware",  # Django's, keeping 404s under /api/ as they are
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Sets request.user.is_verified(); editors who must use two-step verification are sent
    # to set it up or to enter a code before any other admin page.
    "django_otp.middleware.OTPMiddleware",
    "portal.security.middleware.TwoFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a locked-out login attempt into the lockout page (django-axes)
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out account or address is refused before its password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ---------------------------------------------------------------------------------
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"
LANGUAGE_CODE = PORTAL_LANGUAGES[0].code  # the source language
LANGUAGES = [(lang.code, lang.name) for lang in PORTAL_LANGUAGES]
LANGUAGES_BIDI = [lang.code for lang in PORTAL_LANGUAGES if lang.bidi]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The reader's explicit choice; the only cookie a public page may set.
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Translations are drafts until a reviewer of that language publishes them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
# Every language the portal knows, not only the configured ones: the schema stays the same
# whatever PORTAL_LANGUAGES says, so changing it never needs a migration.
MODELTRANSLATION_LANGUAGES = tuple(KNOWN_LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": (LANGUAGE_CODE,),
    "prs": ("fa", LANGUAGE_CODE),
}

# --- Static and media --------------------------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail -----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Sanctuary Portal"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
# Documents always go through Wagtail's serve view (permission checks, Content-Disposition,
# "Content-Security-Policy: default-src 'none'"), never straight from MEDIA_ROOT.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# Only these open in the browser; everything else downloads.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]  # no SVG: it can carry scripts
# Private pages and document collections: for signed-in people or groups, never a shared
# password (passwords get passed around). The key is SHARED_PASSWORD, as Wagtail spells it.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to the internet
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # nor send editors' e-mail hashes to gravatar.com

# --- Cache -------------------------------------------------------------------------------------
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Email -------------------------------------------------------------------------------------
if EMAIL_URL.startswith("smtp://"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    _mail = urlparse(EMAIL_URL)
    EMAIL_HOST = _mail.hostname or "localhost"
    EMAIL_PORT = _mail.port or 25
    EMAIL_HOST_USER = _mail.username or ""
    EMAIL_HOST_PASSWORD = _mail.password or ""
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# --- Logging: what residents look up must never reach a log ------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "strip_query_strings": {"()": "portal.core.logging.StripQueryStringsFilter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["strip_query_strings"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "portal": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# --- Security headers (docs/security.md) -------------------------------------------------------
# HSTS is sent only over HTTPS, so these are harmless on a developer's plain-HTTP machine.
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Public pages: everything from this origin, nothing inline, no framing. The templates keep to
# it: no <script> code, no style="" and no <style> (CSS in static/css, JS in static/js).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "worker-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The Wagtail admin (and page previews, which it shows in a frame) needs inline styles and
# scripts, blob:/data: image previews and framing by itself.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'", "blob:"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
ADMIN_URL_PREFIX = "/admin/"
# Browser features no page of the portal uses; "()" means "not even this site".
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "battery",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "document-domain",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Admin login: lockout (django-axes) and two-step verification (django-otp) -----------------
# Five failed attempts lock that account, and separately that address, for the cool-off period.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours: 15 minutes
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_CLIENT_IP_CALLABLE = "portal.security.client.client_ip"
AXES_USERNAME_FORM_FIELD = "username"
# Keep no log of successful logins (the admin's own history covers that), only failures.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# --- Feedback: "was this page helpful?" comments are deleted after this many days --------------
FEEDBACK_RETENTION_DAYS = 365

# --- Search (portal/search): backend selection, Wagtail API v2, sitemap --------------------------
# Several portals (or staging and production) may share one cluster: each names its indexes.
ELASTICSEARCH_INDEX_PREFIX = env_str("ELASTICSEARCH_INDEX_PREFIX", "portal_")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        # Elasticsearch 8/9, answering from "database" whenever the cluster cannot (docs/search.md)
        "default": {
            "BACKEND": "portal.search.backends",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": ELASTICSEARCH_INDEX_PREFIX,
            "TIMEOUT": env_int("ELASTICSEARCH_TIMEOUT", 5),
        },
        # Kept up to date on every publish too: it is the fallback's index.
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
# Searches per client (a salted hash of the address, kept only in the cache) per period: enough
# for a hostel or a drop-in centre behind one address, too few for a scraper to load the database.
SEARCH_RATE_LIMIT = 300
SEARCH_RATE_LIMIT_SECONDS = 600
INSTALLED_APPS += ["wagtail.api.v2"]  # not rest_framework: no browsable HTML API
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50
REST_FRAMEWORK = {
    # Read-only and public: JSON only (no browsable API, which would need inline scripts).
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
}
# --- deploy: nginx front cache purged on publish (deploy/nginx, docs/deployment.md) -------------
# FRONTEND_CACHE_PURGE_URL: the nginx purge listener (e.g. http://127.0.0.1:8081). On publish and
# unpublish Wagtail sends "PURGE /<lang>/<path>/" there for the page in every language; unset,
# nothing is sent and nginx's copies expire after their short TTL (PORTAL_CACHE_TTL).
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL")
INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
# --- Reliability (portal.reliability): the page trash, backups, and faults (docs/reliability.md)
INSTALLED_APPS += ["portal.reliability"]
# Deleted pages stay restorable this long; `manage.py trash_purge` deletes older ones for good.
TRASH_RETENTION_DAYS = env_int("TRASH_RETENTION_DAYS", 30)
if REDIS_URL:
    # Redis going away degrades to no cache, not to errors; short timeouts so no request hangs.
    CACHES["default"]["BACKEND"] = "portal.reliability.cache.FaultTolerantRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
    )
# --- Translation app (portal/translation, docs/translation.md) ----------------------------------
# Page models whose translations need an accuracy sign-off (a second workflow task) after the
# language review, because they carry legal facts. Labels are resolved lazily: a model that does
# not exist yet is simply skipped.
PORTAL_TRANSLATION_ACCURACY_MODELS = ["entitlements.EntitlementGuidePage"]
# Languages whose text may be drafted by machine translation (never published without review).
# Low-resource languages are left out on purpose: the quality is too poor for legal advice.
PORTAL_MACHINE_TRANSLATION_LANGUAGES = [
    lang.code for lang in PORTAL_LANGUAGES[1:] if lang.code not in LOW_RESOURCE_LANGUAGES
]
# Reviewers have no "publish" permission: what their approval (and, for guides, the accuracy
# sign-off) completes is published by the workflow itself.
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.translation.workflows.publish_approved"
# An out-of-date guide older than this shows the source language's facts table to readers.
PORTAL_STALE_GUIDE_DAYS = env_int("PORTAL_STALE_GUIDE_DAYS", 30)
# The admin can be used in every configured language Wagtail itself is translated into
# (a Dari speaker picks Farsi); each editor chooses in their account settings.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (lang.code, lang.name_local)
    for lang in PORTAL_LANGUAGES
    if lang.code in ("en", "ar", "fa", "uk", "ru", "fr", "vi")
]
# Machine translation: the portal's policy wraps whatever service is configured (DeepL first,
# then LibreTranslate); with none, none is offered. Tests use wagtail-localize's dummy one.
DEEPL_API_KEY = env_str("DEEPL_API_KEY")
LIBRETRANSLATE_URL = env_str("LIBRETRANSLATE_URL")
if DEEPL_API_KEY:
    _machine_backend = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
elif LIBRETRANSLATE_URL:
    _machine_backend = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": LIBRETRANSLATE_URL, "API_KEY": ""},
    }
else:
    _machine_backend = None
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = _machine_backend and {
    "CLASS": "portal.translation.machine.PolicyMachineTranslator",
    "OPTIONS": {"BACKEND": _machine_backend},
}
# --- Directory: listings not checked for this many months are flagged, then hidden -------------
# Flagged in the admin's "Unverified listings" report after the first period; hidden from the
# district directories and the finder (never deleted) after the second, counted from "checked on".
DIRECTORY_FLAG_UNVERIFIED_MONTHS = env_int("DIRECTORY_FLAG_UNVERIFIED_MONTHS", 6)
DIRECTORY_HIDE_UNVERIFIED_MONTHS = env_int("DIRECTORY_HIDE_UNVERIFIED_MONTHS", 12)

# --- API (Open Referral UK, docs/api.md) -------------------------------------------------------
# Requests per client per minute; beyond it the API answers 429 with Retry-After.
API_ORUK_RATE_LIMIT = env_int("API_ORUK_RATE_LIMIT", 120)
# How long a response is kept (seconds); publishing anything starts afresh (page_cache generation).
API_ORUK_CACHE_SECONDS = env_int("API_ORUK_CACHE_SECONDS", 300)
# The county (ORUK address state_province) of every location.
API_ORUK_STATE_PROVINCE = env_str("API_ORUK_STATE_PROVINCE", "Lancashire")
