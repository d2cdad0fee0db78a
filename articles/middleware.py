from django.http import HttpResponsePermanentRedirect

from .models import LegacyRedirect

# The old WordPress site's own short links (/?p=123, /?page_id=45) land on our home page, which is no 404.
HOME_QUERY_KEYS = ("p", "page_id")


class LegacyRedirectMiddleware:
    """Addresses of the old site answer 301 to the imported article, looked up only where we would say 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and request.path == "/":
            target = self._home_query_target(request)
            if target:
                return HttpResponsePermanentRedirect(target)
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        query = request.META.get("QUERY_STRING", "")
        keys = [LegacyRedirect.key(request.path, query), LegacyRedirect.key(request.path)]
        return self._redirect(keys) or response

    def _home_query_target(self, request):
        for name in HOME_QUERY_KEYS:
            value = request.GET.get(name, "")
            if value.isdigit():
                return self._target([LegacyRedirect.key("/", f"{name}={value}")])
        return None

    def _redirect(self, keys):
        target = self._target(keys)
        return HttpResponsePermanentRedirect(target) if target else None

    def _target(self, keys):
        redirects = LegacyRedirect.objects.to_what_readers_see().filter(old_path__in=keys)
        found = {
            redirect.old_path: (redirect.article or redirect.page).get_absolute_url()
            for redirect in redirects.select_related("article", "page").only(
                "old_path", "article__slug", "page__slug"
            )
        }
        return next((found[key] for key in keys if key in found), None)
