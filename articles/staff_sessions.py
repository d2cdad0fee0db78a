"""Each staff member's open sessions (browser, address, last seen), and ending them."""

import datetime
import logging
from importlib import import_module

from django.conf import settings
from django.contrib.auth import signals
from django.core.cache import cache
from django.utils import timezone

from .activity import client_ip
from .models import StaffSession

logger = logging.getLogger(__name__)
# A session's "last seen" is written at most this often: not one UPDATE per admin click.
SEEN_EVERY = datetime.timedelta(minutes=5)


def _store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def open_sessions(user):
    """The person's sessions that may still be alive (a session lasts SESSION_COOKIE_AGE at most)."""
    since = timezone.now() - datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE)
    return StaffSession.objects.filter(user=user, last_seen_at__gte=since)


def end_sessions(user, *, keep=None):
    """Ends every session of the person but `keep` (a session key); returns how many were ended."""
    rows = StaffSession.objects.filter(user=user)
    if keep:
        rows = rows.exclude(session_key=keep)
    store = _store()
    keys = list(rows.values_list("session_key", flat=True))
    for key in keys:
        store(session_key=key).delete()
    rows.delete()
    return len(keys)


def end_session(user, session_id, *, keep=None):
    """Ends one of the person's own sessions (by its row, never showing the session's key); False if none."""
    row = StaffSession.objects.filter(user=user, pk=session_id).exclude(session_key=keep or "").first()
    if row is None:
        return False
    _store()(session_key=row.session_key).delete()
    row.delete()
    return True


def seen(request):
    """Called on each staff request: refreshes "last seen" at most every SEEN_EVERY. The mark is kept in the
    cache, not the session: a changed session would be saved with a new expiry, and staff sessions must end
    SESSION_COOKIE_AGE after the login however busy the day."""
    key = request.session.session_key
    if not key:
        return
    now = timezone.now().timestamp()
    last = cache.get(f"staff-seen:{key}")
    # The time is compared here rather than left to the cache's expiry, which Redis counts on its own clock.
    if last is None or now - last >= SEEN_EVERY.total_seconds():
        _seen_at(key, now)
        StaffSession.objects.filter(session_key=key).update(last_seen_at=timezone.now())


def _seen_at(key, timestamp):
    cache.set(f"staff-seen:{key}", timestamp, settings.SESSION_COOKIE_AGE)


def _logged_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session") and user.is_staff:
        remember(request, user)


def remember(request, user):
    """Adds (or refreshes) the current session to the person's list: at login, and when its key changes."""
    try:
        if not request.session.session_key:
            request.session.save()
        now = timezone.now()
        _seen_at(request.session.session_key, now.timestamp())
        StaffSession.objects.update_or_create(
            session_key=request.session.session_key,
            defaults={
                "user": user,
                "user_agent": request.META.get("HTTP_USER_AGENT", "")[:300],
                "ip_address": client_ip(request),
                "last_seen_at": now,
            },
        )
    except Exception:  # the list of sessions is a convenience: a login never fails over it
        logger.exception("could not record the staff session")


def _logged_out(sender, request, user, **kwargs):
    if request is not None and getattr(request, "session", None) and request.session.session_key:
        StaffSession.objects.filter(session_key=request.session.session_key).delete()


signals.user_logged_in.connect(_logged_in, dispatch_uid="staff_session_login")
signals.user_logged_out.connect(_logged_out, dispatch_uid="staff_session_logout")


class StaffSessionMiddleware:
    """Keeps each staff session's "last seen"; readers (no session) cost nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Readers have no session cookie: their requests never touch the session (nor add Vary: Cookie).
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated and user.is_staff:
                seen(request)
        return response
