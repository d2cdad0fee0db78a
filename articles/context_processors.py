from django.utils.functional import SimpleLazyObject

from .models import Category, SiteSettings
from .pagecache import shared


def site(request):
    """The site settings and the menu, fetched only by pages that show them (not by the admin)."""

    def loaded():
        # Once per request, also for a page rendered in parts (an article and its kept part).
        if not hasattr(request, "_settings_and_menu"):
            menu = lambda: list(Category.objects.in_menu())  # noqa: E731
            request._settings_and_menu = shared(request, settings=SiteSettings.load, menu=menu)
        return request._settings_and_menu

    return {
        "site": SimpleLazyObject(lambda: loaded()["settings"]),
        "menu_categories": SimpleLazyObject(lambda: loaded()["menu"]),
    }
