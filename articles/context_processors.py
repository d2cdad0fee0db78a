from functools import cache

from django.utils.functional import SimpleLazyObject

from .models import Category, SiteSettings
from .pagecache import shared


def site(request):
    """The site settings and the menu, fetched only by pages that show them (not by the admin)."""

    @cache
    def loaded():
        return shared(request, settings=SiteSettings.load, menu=lambda: list(Category.objects.in_menu()))

    return {
        "site": SimpleLazyObject(lambda: loaded()["settings"]),
        "menu_categories": SimpleLazyObject(lambda: loaded()["menu"]),
    }
