"""The data: categories, the photo library, articles, pages, old addresses and the site's own details."""

from .articles import (
    EARLIEST,
    SEARCH_COLUMNS,
    SEARCHED_FIELDS,
    Article,
    ArticleImage,
    ArticleQuerySet,
    ArticleRedirect,
    ArticleRevision,
    ViewCountFlush,
)
from .autosave import ArticleAutosave
from .base import ImportKeyQuerySet, fill_slug
from .categories import Category, CategoryQuerySet
from .pages import Page, PageQuerySet
from .photos import BODY_PHOTO, Photo, PhotoQuerySet
from .redirects import LegacyRedirect, LegacyRedirectQuerySet
from .site import WEEKDAYS, ClosingDay, SiteSettings, hour_label

__all__ = [
    "BODY_PHOTO",
    "EARLIEST",
    "SEARCHED_FIELDS",
    "SEARCH_COLUMNS",
    "WEEKDAYS",
    "Article",
    "ArticleAutosave",
    "ArticleImage",
    "ArticleQuerySet",
    "ArticleRedirect",
    "ArticleRevision",
    "Category",
    "CategoryQuerySet",
    "ClosingDay",
    "ImportKeyQuerySet",
    "LegacyRedirect",
    "LegacyRedirectQuerySet",
    "Page",
    "PageQuerySet",
    "Photo",
    "PhotoQuerySet",
    "SiteSettings",
    "ViewCountFlush",
    "fill_slug",
    "hour_label",
]
