"""Who is reading: readers, staff and crawlers told apart without a query for the readers."""

import re

from django.conf import settings

CRAWLER = re.compile(r"bot|crawler|spider", re.IGNORECASE)


def is_logged_in(request):
    """Staff are the only people who log in; readers have no session cookie, so telling them apart is free."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated


def counts_as_view(request):
    """A reader's GET: not HEAD, not staff, not a crawler (bot, crawler or spider in its User-Agent)."""
    return (
        request.method == "GET"
        and not CRAWLER.search(request.headers.get("User-Agent", ""))
        and not is_logged_in(request)
    )
