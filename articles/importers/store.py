"""Writing what an import read: one article per transaction; a second import updates, never duplicates."""

import datetime
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from ..models import Article, ArticleImage, ArticleRedirect, Category, LegacyRedirect, Page, Photo, Topic
from ..revisions import record
from ..text import unique_slug, vietnamese_slugify

# What an import sets; anything else (featured, review comment…) stays as the newsroom left it.
COPIED_FIELDS = [
    *["title", "slug", "category", "lead", "body", "status", "published_at"],
    *["byline", "source_name", "source_url", "cover"],
]


WEB_ADDRESS = URLValidator(schemes=["http", "https"])


@dataclass
class Entry:
    """One article as an old site had it, converted to our fields and photos."""

    import_key: str
    label: str  # how the report names it: 'bài #12 «Tiêu đề»', 'dòng 7'
    title: str
    category: Category
    lead: str
    body: str
    status: str
    published_at: datetime.datetime
    slug: str = ""
    byline: str = ""
    source_name: str = ""
    source_url: str = ""
    view_count: int = 0
    cover: Photo | None = None
    photos: list = field(default_factory=list)  # bodies.Placed, in [ảnh N] order
    old_slugs: list = field(default_factory=list)
    old_paths: list = field(default_factory=list)  # LegacyRedirect keys


@dataclass
class PageEntry:
    """A page of an old site (Giới thiệu, Liên hệ…) as one of our static pages."""

    import_key: str
    label: str
    title: str
    body: str
    is_published: bool
    slug: str = ""
    old_paths: list = field(default_factory=list)


def save_article(entry, *, report, source):
    """Create or update the article for `entry`; 'imported', 'updated' or 'unchanged' goes in the report."""
    with transaction.atomic():
        article = Article.objects.select_related("cover").imported_as(entry.import_key).first()
        is_new = article is None
        if is_new:
            article = Article(import_key=entry.import_key)
        wanted = _values(entry, article)
        changed = {name: value for name, value in wanted.items() if _differs(article, name, value)}
        photo_rows = [(_identity(p.photo), p.caption, p.alt) for p in entry.photos if _is_stored(p.photo)]
        photos_changed = is_new or photo_rows != _current_photo_rows(article)
        raises_views = entry.view_count > article.view_count
        if is_new or changed or photos_changed or raises_views:
            for name, value in changed.items():
                setattr(article, name, value)
            article.view_count = max(article.view_count, entry.view_count)
            article.save()
            if photos_changed:
                _replace_photos(article, entry.photos)
            record(article, None, note=f"Nhập từ {source}" if is_new else f"Nhập lại từ {source}")
            outcome = "imported" if is_new else "updated"
        else:
            outcome = "unchanged"
        _redirect_old_addresses(entry.old_paths, report, article=article)
        _redirect_old_slugs(article, entry.old_slugs, report)
    if is_new:
        _tell_if_renamed(entry, wanted["slug"], report)
    report.articles[outcome] += 1
    return article


def save_page(entry, *, report):
    """Create or update the static page for `entry`; the outcome goes in the report."""
    with transaction.atomic():
        page = Page.objects.imported_as(entry.import_key).first()
        is_new = page is None
        if is_new:
            page = Page(import_key=entry.import_key)
        wanted = {
            "title": entry.title[:200],
            "slug": unique_slug(
                entry.slug or vietnamese_slugify(entry.title),
                taken=lambda s: Page.objects.filter(slug=s).exclude(pk=page.pk).exists(),
                max_length=200,
            ),
            "body": entry.body,
            "is_published": entry.is_published,
        }
        changed = {name: value for name, value in wanted.items() if getattr(page, name) != value}
        for name, value in changed.items():
            setattr(page, name, value)
        if is_new or changed:
            page.save()
        outcome = "imported" if is_new else "updated" if changed else "unchanged"
        _redirect_old_addresses(entry.old_paths, report, page=page)
    if is_new:
        _tell_if_renamed(entry, wanted["slug"], report)
    report.pages[outcome] += 1
    return page


def _tell_if_renamed(entry, slug, report):
    """An address the old site used is taken here (by a page or article of ours): the import got another."""
    if entry.slug and slug != entry.slug:
        report.renamed.append((entry.label, entry.slug, slug))


def _values(entry, article):
    wanted_slug = entry.slug or vietnamese_slugify(entry.title)
    slug = unique_slug(
        wanted_slug,
        taken=article.is_slug_taken,
        max_length=255,
    )
    cover = entry.cover if _is_stored(entry.cover) else None
    return {
        "title": entry.title,
        "slug": slug,
        "category": entry.category,
        "lead": entry.lead,
        "body": entry.body,
        "status": entry.status,
        "published_at": entry.published_at,
        "byline": entry.byline,
        "source_name": entry.source_name,
        "source_url": entry.source_url,
        "cover": cover,
    }


def _differs(article, name, value):
    if name in ("category", "cover"):
        return getattr(article, f"{name}_id") != (value.pk if value else None)
    return getattr(article, name) != value


def _is_stored(photo):
    """A dry run checks new photos without storing them: they have no row to point to."""
    return photo is not None and photo.pk is not None


def _identity(photo):
    return photo.import_key or photo.pk


def _current_photo_rows(article):
    if article.pk is None:
        return []
    return [
        (_identity(image.photo), image.caption, image.alt_text)
        for image in article.photos.select_related("photo")
    ]


def _replace_photos(article, placed):
    article.photos.all().delete()
    ArticleImage.objects.bulk_create(
        ArticleImage(article=article, photo=p.photo, caption=p.caption, alt_text=p.alt, position=position)
        for position, p in enumerate((p for p in placed if _is_stored(p.photo)), start=1)
    )


def _redirect_old_addresses(paths, report, **target):
    """Old addresses answer 301 to the article or page; an address another one already has is left to it."""
    own = LegacyRedirect.key(next(iter(target.values())).get_absolute_url())
    paths = {path for path in paths if path not in ("/", own) and len(path) <= LegacyRedirect.OLD_PATH_LENGTH}
    known = set(LegacyRedirect.objects.filter(old_path__in=paths).values_list("old_path", flat=True))
    new = [LegacyRedirect(old_path=path, **target) for path in sorted(paths - known)]
    LegacyRedirect.objects.bulk_create(new)
    report.redirects_created += len(new)


def _redirect_old_slugs(article, slugs, report):
    """_wp_old_slug: /bai-viet/<old slug>/ answers too, as it does after a slug change made here."""
    slugs = {slug for slug in slugs if slug and slug != article.slug}
    taken = set(ArticleRedirect.objects.filter(old_slug__in=slugs).values_list("old_slug", flat=True))
    taken |= set(Article.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    new = [ArticleRedirect(old_slug=slug, article=article) for slug in sorted(slugs - taken)]
    ArticleRedirect.objects.bulk_create(new)
    report.redirects_created += len(new)


class Categories:
    """Categories by slug, created when missing (out of the menu until an editor puts them in)."""

    def __init__(self, report, default_name):
        self.report = report
        self.default_name = default_name
        self.known = {}

    def get(self, slug, name, description=""):
        name = (name or slug).strip()[:120]
        slug = vietnamese_slugify(slug or name, max_length=140) or vietnamese_slugify(name, max_length=140)
        if slug not in self.known:
            self.known[slug] = (
                Category.objects.filter(slug=slug).first()
                or Category.objects.filter(name__iexact=name).first()
                or self._create(name, slug, description)
            )
        return self.known[slug]

    def default(self):
        return self.get(vietnamese_slugify(self.default_name), self.default_name)

    def _create(self, name, slug, description):
        with transaction.atomic():
            category = Category.objects.create(
                name=name, slug=slug, description=description, is_in_menu=False
            )
        self.report.new_categories.append(name)
        return category


class TopicsFromTags:
    """WordPress tags as our topics (import_wordpress --tags-as-topics), by slug, created when missing."""

    def __init__(self, names, report):
        self.names = names  # nicename -> name
        self.report = report
        self.known = {}

    def get(self, nicenames):
        return [self._topic(nicename) for nicename in nicenames if nicename]

    def _topic(self, nicename):
        if nicename not in self.known:
            key = f"wp-tag:{nicename}"[:500]
            name = (self.names.get(nicename) or nicename).strip()[:255]
            topic = (
                Topic.objects.imported_as(key).first()
                or Topic.objects.filter(name__iexact=name).first()
                or Topic.objects.filter(slug=vietnamese_slugify(nicename, max_length=255)).first()
            )
            self.report.topics_from_tags["existing" if topic else "created"] += 1
            if topic is None:
                with transaction.atomic():
                    topic = Topic.objects.create(
                        name=name, slug=vietnamese_slugify(nicename, max_length=255) or "", import_key=key
                    )
            self.known[nicename] = topic
        return self.known[nicename]


@contextmanager
def rolled_back_if(dry_run):
    """A dry run does everything in one transaction and rolls it back: the report is true, nothing stays."""
    if not dry_run:
        yield
        return
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def is_web_address(value):
    """Whether a source address fits Article.source_url: http(s), at most 200 characters."""
    if not value or len(value) > 200:
        return False
    try:
        WEB_ADDRESS(value)
    except ValidationError:
        return False
    return True
