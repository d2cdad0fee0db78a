from django.http import HttpResponsePermanentRedirect

from .missing_addresses import note_missing
from .models import LegacyRedirect

# The old WordPress site's short links (/?p=123, /?page_id=45) land on our home page, which is no 404.
HOME_QUERY_KEYS = ("p", "page_id")


class LegacyRedirectMiddleware:
    """An old site's addresses answer 301 to the imported article or page; looked up only where we say 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reads = request.method in ("GET", "HEAD")
        if reads and request.path == "/":
            target = self._target(self._home_query_keys(request))
            if target:
                return HttpResponsePermanentRedirect(target)
        response = self.get_response(request)
        if reads and response.status_code == 404:
            query = request.META.get("QUERY_STRING", "")
            target = self._target([LegacyRedirect.key(request.path, query), LegacyRedirect.key(request.path)])
            if target:
                return HttpResponsePermanentRedirect(target)
            note_missing(request)
        return response

    def _home_query_keys(self, request):
        return [
            LegacyRedirect.key("/", f"{name}={request.GET[name]}")
            for name in HOME_QUERY_KEYS
            if request.GET.get(name, "").isdigit()
        ]

    def _target(self, keys):
        """The address of the first key's article or page, if it is public; no query without a key."""
        # An address that could never have been stored (NUL, longer than the column) is not looked up.
        keys = [key for key in keys if "\x00" not in key and len(key) <= LegacyRedirect.OLD_PATH_LENGTH]
        if not keys:
            return None
        redirects = (
            LegacyRedirect.objects.to_what_readers_see()
            .filter(old_path__in=keys)
            .select_related("article", "page")
            .only("old_path", "article__slug", "page__slug")
        )
        found = {
            redirect.old_path: (redirect.article or redirect.page).get_absolute_url()
            for redirect in redirects
        }
        return next((found[key] for key in keys if key in found), None)
