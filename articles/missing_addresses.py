"""The 404 log: readers' requests for addresses we do not have, counted cheaply (one UPDATE, an INSERT the
first time), crawlers and staff apart, so that a site admin sees which old addresses want a redirect."""

import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import LegacyRedirect, MissingAddress
from .pagecache import counts_as_view

logger = logging.getLogger(__name__)


def note_missing(request):
    """Count this 404 if a reader asked for it; never fails the answer."""
    if not counts_as_view(request):
        return
    path = LegacyRedirect.key(request.path)
    if "\x00" in path or len(path) > LegacyRedirect.OLD_PATH_LENGTH:
        return
    try:
        if not _add_one(path):
            try:
                with transaction.atomic():
                    MissingAddress.objects.create(path=path)
            except IntegrityError:  # another request created it a moment ago
                _add_one(path)
    except DatabaseError:
        logger.warning("Could not count a missing address", exc_info=True)


def _add_one(path):
    return MissingAddress.objects.filter(path=path).update(
        hit_count=F("hit_count") + 1, last_seen_at=timezone.now()
    )
