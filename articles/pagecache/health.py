"""How Redis is doing, for /healthz: the site goes on without it, degraded."""

import uuid

from django.conf import settings

from . import redis_scripts


def redis_state():
    """'ok', 'degraded' (Redis down or silent: pages come from the database) or None without Redis."""
    if not settings.REDIS_URL:
        return None
    scripts = redis_scripts.scripts()
    key, value = f"{scripts.prefix}healthz:{uuid.uuid4().hex}", uuid.uuid4().hex

    def answers():
        scripts.client.set(key, value, ex=10)
        return scripts.client.get(key) == value.encode()

    return "ok" if redis_scripts.guarded(answers, lambda: False) else "degraded"


def views_waiting():
    """Views counted in Redis and not yet written to the database: 0 without Redis (each view is written at
    once), None while Redis is down or silent."""
    if not settings.REDIS_URL:
        return 0
    scripts = redis_scripts.scripts()
    return redis_scripts.guarded(lambda: int(scripts.client.get(scripts.pending_total) or 0), lambda: None)
