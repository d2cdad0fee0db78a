"""The page cache and the view counter, behind a narrow door.

The rest of the site uses only these names: the `cached_page` decorator, `shared` for the parts every page
shows (`shares_parts` gives them to a page never kept itself: search), `kept` for the parts of an article's
page that other articles' edits leave good, `content_changed` for changes made without a model's save() or
delete(), `CountedView` for an article page whose views count, `flush_views` to write the views waiting in
Redis, `redis_state` and `views_waiting` for /healthz and the desk, and `counts_as_view` so that the other
counters (downloads, missing addresses) count the same readers, and `count_logged_views` for the views nginx
logs (VIEW_COUNT_SOURCE=nginx-log, view_log.py). Inside: the pages and their stored format (pages.py), the
counter (counters.py), the Lua scripts (redis_scripts.py), the circuit breaker in front of Redis
(breaker.py) and who counts as a reader (readers.py).
"""

from .. import changes
from ..changes import content_changed
from .counters import flush as flush_views
from .decorator import CountedView, cached_page, shares_parts
from .health import redis_state, views_waiting
from .pages import content_version_changed
from .readers import counts_as_view
from .shared import kept, shared
from .view_log import count_logged_views

changes.listen(content_version_changed)

__all__ = [
    "CountedView",
    "cached_page",
    "content_changed",
    "count_logged_views",
    "counts_as_view",
    "flush_views",
    "kept",
    "redis_state",
    "shared",
    "shares_parts",
    "views_waiting",
]
