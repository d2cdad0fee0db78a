"""Settings for the bulletin site, read from environment variables.

Development defaults are safe on a laptop (SQLite, DEBUG on, a placeholder key); with DJANGO_DEBUG=0 the site
refuses to start until it is given a real secret key and its host names.
"""

import datetime
import ipaddress
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

DEVELOPMENT_SECRET_KEY = "development-only-secret-key-never-use-in-production"


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be 0 or 1, not {value!r}")


def env_list(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_networks(name, default):
    """Addresses or networks ('127.0.0.1', '10.0.0.0/24'), refused loudly when one is not."""
    try:
        return [ipaddress.ip_network(item, strict=False) for item in env_list(name, default)]
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must list IP addresses or networks: {error}") from None


DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or DEVELOPMENT_SECRET_KEY
if not DEBUG and SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG=0")

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG=0")
# In production the site sits behind nginx, which says if the reader came over HTTPS and from which address.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", not DEBUG)
# Where nginx connects from: its X-Real-IP is believed from these addresses only, never from anyone else who
# reaches gunicorn. Loopback, as when nginx and gunicorn share a server.
TRUSTED_PROXIES = env_networks("DJANGO_TRUSTED_PROXIES", ["127.0.0.0/8", "::1"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_ckeditor_5",
    "articles.apps.LoginAttemptsConfig",  # django-axes
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "articles",
    "backups",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "articles.staff_sessions.StaffSessionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "bulletin_site.security.ContentSecurityPolicyMiddleware",
    "bulletin_site.security.PermissionsPolicyMiddleware",
    # It looks an old site's address up only when everything else has answered 404.
    "articles.middleware.LegacyRedirectMiddleware",
    # Last, as axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "bulletin_site.urls"
ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "quan-tri/")
if not ADMIN_URL.endswith("/") or ADMIN_URL.startswith("/"):
    raise ImproperlyConfigured(f"DJANGO_ADMIN_URL must look like 'quan-tri/', not {ADMIN_URL!r}")
LOGIN_URL = f"/{ADMIN_URL}login/"
# Where a login lands when its `next` is missing or points to another site (Django's default is a 404).
LOGIN_REDIRECT_URL = "admin:index"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "bulletin_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while the view counter writes; IMMEDIATE avoids "database is locked" on upgrade.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
    }

# One Redis shared by every app server when REDIS_URL is set; each process's own memory otherwise.
# A Redis that stops answering must fail a request in a fraction of a second, not hang a worker: the site then
# goes on without it for a few seconds (articles.pagecache.breaker).
REDIS_TIMEOUT_SECONDS = 0.25
CACHES = {
    "default": {
        "BACKEND": "bulletin_site.redis_cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT_SECONDS, "socket_timeout": REDIS_TIMEOUT_SECONDS},
    }
    if os.environ.get("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# Only staff log in. Axes comes first so that a locked-out account is refused before its password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "bulletin_site.security.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("DJANGO_PASSWORD_MIN_LENGTH", 12)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
# The newsroom's Vietnamese for what Django's and django-axes' catalogues leave in English. LOCALE_PATHS is
# read before every app's catalogue, so ours wins over theirs (an app's own locale/ loses to the admin's).
LOCALE_PATHS = [BASE_DIR / "articles" / "locale"]
USE_TZ = True
# Day-first input formats (Django's `vi` sets none, so "03/01/2021" was read as 1 March): formats/vi/.
FORMAT_MODULE_PATH = ["bulletin_site.formats"]

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
# Without a proxy in front (development, a one-server trial), Django serves the uploads itself.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", DEBUG)

# Several app servers share the uploads through one directory (NFS...) or S3-compatible object storage.
MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    if not S3_CUSTOM_DOMAIN:
        # Readers fetch photos from where pages say they are: a public address without expiring signatures.
        raise ImproperlyConfigured("AWS_S3_CUSTOM_DOMAIN must be set with AWS_STORAGE_BUCKET_NAME")
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": S3_ENDPOINT_URL,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": S3_CUSTOM_DOMAIN,
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    MEDIA_URL = f"https://{S3_CUSTOM_DOMAIN}/"
    SERVE_MEDIA = False

STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("DJANGO_STATIC_COMPRESS", True)
        # Hashed names without the gzip/brotli copies: collectstatic in seconds instead of a minute (tests).
        else "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Where `manage.py backup` (make backup) writes its archives.
BACKUP_DIR = Path(os.environ.get("DJANGO_BACKUP_DIR") or BASE_DIR / "var" / "backups")

# How long readers may be served a page from the cache; 0 turns the page cache off. A change shows at once
# whatever this is, but only to processes sharing the cache: a process's own memory never hears of a change
# made through another worker, so without Redis the page cache is off unless asked for.
REDIS_URL = os.environ.get("REDIS_URL", "")
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300 if REDIS_URL else 0)
# An article's part of its page, kept under its own version (articles.pagecache.kept): never stale, so kept
# far longer than a page, while the cache has room (Redis evicts what was least used first).
KEPT_PARTS_SECONDS = env_int("KEPT_PARTS_SECONDS", 24 * 3600)
# With Redis, views are counted there and written to the database in batches: after this many views or
# this many seconds, whichever comes first (and by `manage.py flush_view_counts`).
VIEW_COUNT_FLUSH_VIEWS = env_int("VIEW_COUNT_FLUSH_VIEWS", 1000)
VIEW_COUNT_FLUSH_SECONDS = env_int("VIEW_COUNT_FLUSH_SECONDS", 10)
# Each process keeps the parts of readers' pages it rendered (pictures, cards, lists: articles.fragments) up
# to this many bytes of HTML, the least recently used leaving first.
FRAGMENT_MEMORY_BYTES = env_int("FRAGMENT_MEMORY_BYTES", 32 * 1024 * 1024)
# "app": the site counts each view itself (as above). "nginx-log": nginx in front keeps readers' pages up to a
# second (X-Accel-Expires) and logs every reader's view of an article to VIEW_LOG_PATH, which
# `manage.py count_logged_views` turns into counts; the site then counts nothing itself (docs/deploy.md).
VIEW_COUNT_SOURCE = os.environ.get("VIEW_COUNT_SOURCE", "app")
VIEW_LOG_PATH = os.environ.get("VIEW_LOG_PATH", "/var/log/nginx/bantin.views.log")
if VIEW_COUNT_SOURCE not in ("app", "nginx-log"):
    raise ImproperlyConfigured(f"VIEW_COUNT_SOURCE must be app or nginx-log, not {VIEW_COUNT_SOURCE!r}")
# What this site's keys in Redis start with: its name, never the database's address, so that app servers
# reaching one database by different addresses share pages, versions and view counts.
REDIS_KEY_PREFIX = os.environ.get("REDIS_KEY_PREFIX") or Path(str(DATABASES["default"]["NAME"])).name
# Searches, deep pages and other work the page cache cannot take, per client address and worker process.
READER_RENDERS_PER_MINUTE = env_int("READER_RENDERS_PER_MINUTE", 60)

# Uploads: the limit the image check enforces, and what Django keeps in memory before spooling to disk.
IMAGE_MAX_UPLOAD_BYTES = env_int("IMAGE_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
# Documents' files (PDF, Word, Excel, ODT): the largest accepted, and where nginx serves them from once the
# app has counted the download ("" streams them through the app: development, S3 storage).
DOCUMENT_MAX_UPLOAD_BYTES = env_int("DOCUMENT_MAX_UPLOAD_BYTES", 30 * 1024 * 1024)
DOCUMENT_ACCEL_REDIRECT = os.environ.get("DOCUMENT_ACCEL_REDIRECT", "")
# A form without its files (the longest article body is far below this); larger bodies are refused with a 400.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Importing from WordPress: the permalink structure the old site used (Settings → Permalinks), so that its
# addresses answer 301 to the imported articles.
WORDPRESS_PERMALINK = os.environ.get("WORDPRESS_PERMALINK") or "/%year%/%monthnum%/%postname%/"

# One line per record on standard output, for journald or any collector; JSON lines when asked.
LOG_FORMAT = os.environ.get("DJANGO_LOG_FORMAT") or "text"
if LOG_FORMAT not in {"text", "json"}:
    raise ImproperlyConfigured(f"DJANGO_LOG_FORMAT must be text or json, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {"()": "bulletin_site.log.TextFormatter"},
        "json": {"()": "bulletin_site.log.JsonFormatter"},
    },
    "filters": {"not_health_checks": {"()": "bulletin_site.log.NotHealthChecks"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL") or "INFO"},
    "loggers": {
        # Django's own handlers would print request errors a second time, on standard error.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {"filters": ["not_health_checks"]},
        # Every request's line is nginx's and gunicorn's job; Django's runserver repeats it.
        "django.server": {"level": "WARNING"},
    },
}

# Security headers and cookies. SecurityMiddleware adds HSTS only to HTTPS answers, nosniff to every answer.
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", not DEBUG)
# The load balancer asks over plain HTTP, straight to gunicorn.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Joining the browsers' preload list is the domain owner's decision, taken for every subdomain at once and
    # hard to undo; it is off unless DJANGO_HSTS_PRELOAD=1, so check --deploy need not keep asking.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Only staff have sessions: a working day at most, and none left open on a shared computer.
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_HOURS", 8) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=()"
)

# Content-Security-Policy (django-csp). Readers' pages run our own scripts and styles only. The admin's policy
# adds style attributes alone (no <style> element, no inline script): CKEditor 5 sets them on uploaded images
# and the admin's calendar on its pop-up, as a test in real Chromium shows.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        # The one frame a page may hold: a YouTube clip, loaded only when the reader presses play.
        "frame-src": ["https://www.youtube-nocookie.com"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
if MEDIA_URL.startswith("https://"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(MEDIA_URL)
ADMIN_CONTENT_SECURITY_POLICY = {
    **{name: value for name, value in CONTENT_SECURITY_POLICY["DIRECTIVES"].items() if name != "frame-src"},
    "style-src-attr": ["'unsafe-inline'"],
}

# Admin logins: after DJANGO_LOGIN_FAILURE_LIMIT wrong passwords for one account from one address, that pair
# is locked for DJANGO_LOGIN_LOCKOUT_MINUTES; a site admin lifts it by deleting the attempt in the admin.
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("DJANGO_LOGIN_LOCKOUT_MINUTES", 60))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "bulletin_site.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "bulletin_site.security.client_ip"
AXES_USERNAME_CALLABLE = "bulletin_site.security.login_username"
AXES_VERBOSE = False
# A wrong second-factor code counts as a failed login too; axes masks the code as it does these defaults.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code"]

# Two-factor login (articles/twofactor): always for editors, site admins and superusers; for every staff
# account when DJANGO_TWO_FACTOR_ALL_STAFF=1, otherwise writers choose. Codes from any authenticator app
# (TOTP, 30-second steps, one step of clock drift either way), each usable once; ten recovery codes.
TWO_FACTOR_ALL_STAFF = env_bool("DJANGO_TWO_FACTOR_ALL_STAFF", False)
OTP_TOTP_ISSUER = os.environ.get("DJANGO_TWO_FACTOR_ISSUER") or "Bản tin Xây dựng Đảng"
# Failed codes are counted by axes, the one lockout a site admin can lift; django-otp's own growing delay
# would refuse the right code typed a second after a wrong one.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Activity log ("Nhật ký hoạt động"): entries older than this are removed by `manage.py prune_activity_log`.
ACTIVITY_LOG_RETENTION_DAYS = env_int("DJANGO_ACTIVITY_LOG_DAYS", 730)

# The rich-text editor: only what a news editor needs, no raw-HTML embed. The body is sanitised on save
# whatever the editor sends (articles.text.sanitize_html).
CKEDITOR_5_CONFIGS = {
    "default": {
        "licenseKey": "GPL",
        "language": "vi",
        "toolbar": {
            "items": (
                "heading | bold italic link | bulletedList numberedList blockQuote insertTable | "
                "uploadImage | undo redo"
            ).split(),
            "shouldNotGroupWhenFull": True,
        },
        "heading": {
            "options": [
                {"model": "paragraph", "title": "Đoạn văn", "class": "ck-heading_paragraph"},
                {"model": "heading2", "view": "h2", "title": "Tiêu đề 2", "class": "ck-heading_heading2"},
                {"model": "heading3", "view": "h3", "title": "Tiêu đề 3", "class": "ck-heading_heading3"},
            ]
        },
        "image": {
            "toolbar": ["toggleImageCaption", "imageTextAlternative"],
        },
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
        "link": {"defaultProtocol": "https://"},
    },
}
# An article's photos go in through the form's photo picker (library or upload, with caption, alt text and
# credit): the editor's own upload button would be a second way, without them. Pages keep it.
CKEDITOR_5_CONFIGS["article"] = {
    **CKEDITOR_5_CONFIGS["default"],
    "toolbar": {
        **CKEDITOR_5_CONFIGS["default"]["toolbar"],
        "items": (
            "heading | bold italic link | bulletedList numberedList blockQuote insertTable | undo redo"
        ).split(),
    },  # A YouTube clip shown as a poster block in the editor (static/js/admin/video-in-editor.js).
    "extraPlugins": ["callback:BantinVideoInEditor"],
}
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "gif", "webp"]
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "editor_image_upload"
