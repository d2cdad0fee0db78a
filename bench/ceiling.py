"""The ceiling for `make bench`: the article page's own bytes from a bare Django view.

Same settings, same middleware, same gunicorn configuration as the site: only the view differs, so the ratio
of a page's figures to these is what the page's own work costs. Started by bench/run.py as
`gunicorn bench.ceiling:application` with BENCH_CEILING_PAGE naming a file that holds the HTML.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bulletin_site.settings")
application = get_wsgi_application()
settings.ROOT_URLCONF = __name__  # before the first request, which is when Django reads it

from articles.pagecache import redis_scripts  # noqa: E402  (its package reads the models: after the set-up)

PAGE = Path(os.environ["BENCH_CEILING_PAGE"]).read_bytes()


def article_bytes(request):
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


def article_bytes_after_redis(request):
    """The floor for a page that is never stale: one Redis round trip (reading the content version)."""
    scripts = redis_scripts.scripts()
    scripts.client.get(scripts.version)
    return article_bytes(request)


urlpatterns = [path("", article_bytes), path("redis/", article_bytes_after_redis)]
