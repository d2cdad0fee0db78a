"""/healthz for the load balancer: can this app server reach its database and its cache?"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

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
    return answered


@never_cache
def healthz(request):
    for name, check in [("database", _database_answers), ("cache", _cache_answers)]:
        try:
            healthy = check()
        except Exception as error:
            healthy = False
            # A warning for the operator; the answer itself says nothing about the cause.
            logger.warning("Health check: the %s does not answer (%s)", name, type(error).__name__)
        if not healthy:
            return JsonResponse({"status": "error"}, status=503)
    return JsonResponse({"status": "ok"})
