"""/healthz for the load balancer: can this app server reach its database and its cache?

Without the database nothing works: 503. Without Redis the site goes on (pages rendered from the database,
views counted there): 200 with {"status": "degraded"}, so that the load balancer keeps the server and an
operator sees that Redis needs looking at.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from articles.pagecache import redis_state

logger = logging.getLogger(__name__)


def _database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _cache_answers():
    key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    answered = cache.get(key) == value
    cache.delete(key)
    return answered and redis_state() != "degraded"


def _answers(name, check):
    try:
        return check()
    except Exception as error:
        # A warning for the operator; the answer itself says nothing about the cause.
        logger.warning("Health check: the %s does not answer (%s)", name, type(error).__name__)
        return False


@never_cache
def healthz(request):
    if not _answers("database", _database_answers):
        return JsonResponse({"status": "error"}, status=503)
    if not _answers("cache", _cache_answers):
        return JsonResponse({"status": "degraded"})
    return JsonResponse({"status": "ok"})
