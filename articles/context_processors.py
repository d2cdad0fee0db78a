from django.utils.functional import SimpleLazyObject

from .models import Category, SiteSettings


def site(request):
    """The site settings and the menu, fetched only by pages that show them (not by the admin)."""
    return {
        "site": SimpleLazyObject(SiteSettings.load),
        "menu_categories": Category.objects.in_menu(),
    }
