"""The data: categories, the photo library, articles, pages, old addresses and the site's own details."""

from .activity import ActivityEntry, ActivityEntryQuerySet
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
    ViewLogPosition,
)
from .autosave import ArticleAutosave
from .base import ImportKeyQuerySet, fill_slug
from .categories import Category, CategoryQuerySet
from .documents import (
    DOCUMENT_SEARCH_COLUMNS,
    Document,
    DocumentFile,
    DocumentQuerySet,
    DocumentSubject,
    DocumentType,
    Issuer,
    number_words,
)
from .pages import Page, PageQuerySet
from .photos import BODY_PHOTO, Photo, PhotoQuerySet
from .redirects import LegacyRedirect, LegacyRedirectQuerySet, MissingAddress
from .site import WEEKDAYS, ClosingDay, SiteSettings, hour_label
from .staff import StaffAccount, StaffSession
from .topics import Topic, TopicFeature, TopicQuerySet

__all__ = [
    "BODY_PHOTO",
    "DOCUMENT_SEARCH_COLUMNS",
    "EARLIEST",
    "SEARCHED_FIELDS",
    "SEARCH_COLUMNS",
    "WEEKDAYS",
    "ActivityEntry",
    "ActivityEntryQuerySet",
    "Article",
    "ArticleAutosave",
    "ArticleImage",
    "ArticleQuerySet",
    "ArticleRedirect",
    "ArticleRevision",
    "Category",
    "CategoryQuerySet",
    "ClosingDay",
    "Document",
    "DocumentFile",
    "DocumentQuerySet",
    "DocumentSubject",
    "DocumentType",
    "ImportKeyQuerySet",
    "Issuer",
    "LegacyRedirect",
    "LegacyRedirectQuerySet",
    "MissingAddress",
    "Page",
    "PageQuerySet",
    "Photo",
    "PhotoQuerySet",
    "SiteSettings",
    "StaffAccount",
    "StaffSession",
    "Topic",
    "TopicFeature",
    "TopicQuerySet",
    "ViewCountFlush",
    "ViewLogPosition",
    "fill_slug",
    "hour_label",
    "number_words",
]
