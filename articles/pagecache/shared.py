"""What every readers' page shows (settings, menu, sidebars, fragments), built once per content version."""

from django.core.cache import cache

from . import redis_scripts
from .decorator import shared_version


def shared(request, **builders):
    """{name: what builder() returns}, each computed once per content version for all the readers' pages.

    The menu, the site settings and the sidebars are the same on every page: a page the cache does not hold
    yet takes them from here (one round trip for all it asks) instead of querying and building them again.
    Kept under the version the page is rendered at, and no longer than the page, they are as fresh as the
    page. Staff, pages outside the page cache, and pages rendered while Redis is down build their own.
    """
    version, seconds_to_keep = shared_version()
    if version is None:
        return {name: build() for name, build in builders.items()}
    keys = {name: f"shared:{name}:{version}" for name in builders}
    found = redis_scripts.guarded(lambda: cache.get_many(keys.values()), dict)
    values, missing = {}, {}
    for name, build in builders.items():
        if keys[name] in found:
            values[name] = found[keys[name]]
        else:
            values[name] = missing[keys[name]] = build()
    if missing:
        # Never past the next scheduled publication either: the article must join "Tin mới" on time.
        seconds = seconds_to_keep()
        if seconds > 0:
            redis_scripts.guarded(lambda: cache.set_many(missing, seconds), lambda: None)
    return values
