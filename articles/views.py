import datetime
import zlib
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_POST, require_safe

from . import hours, previews, throttle
from . import search as article_search
from .models import (
    Article,
    ArticleRedirect,
    Category,
    ClosingDay,
    Page,
    Photo,
    SiteSettings,
    Topic,
    article_page,
)
from .pagecache import CountedView, cached_page, kept, shared, shares_parts
from .pagination import CategoryPaginator
from .permissions import can_view
from .template_blocks import rendered_blocks

HOME_FEATURED_COUNT = 5
HOME_LATEST_COUNT = 8
HOME_PER_CATEGORY_COUNT = 4
HOME_TOPICS_COUNT = 4
CATEGORY_PAGE_SIZE = 12
SEARCH_PAGE_SIZE = 10
RELATED_COUNT = 4
SIDEBAR_COUNT = 5
# "Đọc nhiều" ranks the articles of the last 30 days; older ones fill the list when fewer were published.
MOST_READ_DAYS = 30
# ...and on a site that published little lately, the most viewed of this many newest articles.
MOST_READ_POOL = 50
# The live opening status may be kept this long, and never past the moment it changes.
OPENING_STATUS_MAX_AGE = 60


def sidebars(request, *names, leaving_out=None, related_in=None):
    """The lists named, of "Đọc nhiều" (most_read) and "Tin mới" (newest), as shared by all pages, and "Tin
    cùng chuyên mục" (related: the newest of the category `related_in`), shared by that category's pages.

    Without the page's own article: one more than shown is kept for that.
    """

    def published():  # only for a list not shared yet: building a queryset costs more than taking the list
        return Article.objects.published().for_listing()

    def most_read():
        since = timezone.now() - datetime.timedelta(days=MOST_READ_DAYS)
        return list(published().most_read(since, MOST_READ_POOL)[: SIDEBAR_COUNT + 1])

    builders = {
        "most_read": most_read,
        "newest": lambda: list(published().newest_first()[: SIDEBAR_COUNT + 1]),
        "related": lambda: list(published().in_category(related_in).newest_first()[: RELATED_COUNT + 1]),
    }
    shown = {"most_read": SIDEBAR_COUNT, "newest": SIDEBAR_COUNT, "related": RELATED_COUNT}
    keys = {name: f"related_in_{related_in}" if name == "related" else name for name in names}
    lists = shared(request, **{keys[name]: builders[name] for name in names})
    return {
        name: [article for article in lists[keys[name]] if article.pk != leaving_out][: shown[name]]
        for name in names
    }


def paged_path(path, page, **query):
    """The address of a page of a list: page 1 is the list's own address."""
    if page.number > 1:
        query["trang"] = page.number
    return f"{path}?{urlencode(query)}" if query else path


@cached_page()
def home(request):
    front = Article.objects.front_page(HOME_FEATURED_COUNT, HOME_LATEST_COUNT, HOME_PER_CATEGORY_COUNT)
    featured, latest = front.featured, front.latest
    sections = {}
    for article in front.newest_per_category:
        sections.setdefault(article.category, []).append(article)
    category_sections = sorted(sections.items(), key=lambda item: (item[0].position, item[0].name))
    return render(
        request,
        "articles/home.html",
        {
            "featured": featured,
            "latest": latest,
            "category_sections": category_sections,
            "most_read": sidebars(request, "most_read")["most_read"],
            "current_topics": Topic.objects.current_with_covers(HOME_TOPICS_COUNT),
        },
    )


@cached_page(query=["trang"])
def category_detail(request, slug):
    # The categories, and how many articles one has, are the same for all its pages until the next change.
    categories = shared(request, categories=lambda: {c.slug: c for c in Category.objects.all()})["categories"]
    category = categories.get(slug)
    if category is None:
        raise Http404("Không có chuyên mục này.")
    count_name = f"articles_in_{category.pk}"
    counted = Article.objects.published().in_category(category).count
    count = shared(request, **{count_name: counted})[count_name]
    try:
        # The page cache hands over the number as an integer over 1, or none for the first page.
        page = CategoryPaginator(category, CATEGORY_PAGE_SIZE, count=count).page(request.GET.get("trang", 1))
    except EmptyPage:
        raise Http404("Trang này không có bài viết nào.") from None
    return render(
        request,
        "articles/category_detail.html",
        {
            "category": category,
            "page": page,
            "current_category_slug": category.slug,
            "canonical_path": paged_path(category.get_absolute_url(), page),
        },
    )


@cached_page(counts_views=True)
def article_detail(request, slug):
    # The page may come from the cache; the view is counted, and its count written in, on every request.
    article = article_page.article(slug)
    if article is None:
        # An address the article had before its slug changed.
        redirects = ArticleRedirect.objects.filter(article__in=Article.objects.published())
        redirect = get_object_or_404(redirects.select_related("article"), old_slug=slug)
        return HttpResponsePermanentRedirect(redirect.article.get_absolute_url())
    # The article as its page shows it, from the title to the sharing buttons, and its part of <head> are
    # kept until its own row changes (its id, updated_at and body are the key: an import may rewrite a body
    # without updated_at) or anything but an article does (a photo, a caption, a document, a topic…).
    own_version = f"{article.pk}:{article.updated_at.timestamp()}:{zlib.crc32(article.body.encode())}"
    rendered = kept(
        request, f"article:{own_version}", lambda: article_rendered(request, article, CountedView.MARKER)
    )
    context = {
        **article_context(article, rendered),
        **sidebars(
            request, "most_read", "newest", "related", leaving_out=article.pk, related_in=article.category_id
        ),
    }
    page = render(request, "articles/article_detail.html", context)
    return CountedView(article.pk, page, stored_count=article.view_count)


@login_required
def article_preview(request, pk):
    """A draft or scheduled article as readers will see it: staff only; never cached, indexed or counted."""
    article = get_object_or_404(Article.objects.for_reading(), pk=pk)
    if not can_view(request.user, article):
        raise PermissionDenied
    context = {
        **article_context(article, article_rendered(request, article, is_preview=True)),
        **sidebars(
            request, "most_read", "newest", "related", leaving_out=article.pk, related_in=article.category_id
        ),
        "is_preview": True,
    }
    response = render(request, "articles/article_detail.html", context)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@login_required
@require_POST
def article_form_preview(request, pk=None):
    """What the article form holds now, posted by its "Xem trước" button into a new tab: nothing is saved."""
    saved = get_object_or_404(Article, pk=pk) if pk is not None else None
    allowed = can_view(request.user, saved) if saved else request.user.has_perm("articles.add_article")
    if not allowed:
        raise PermissionDenied
    article = previews.article_from_form(request.POST, saved)
    context = {
        **article_context(article, article_rendered(request, article, is_preview=True)),
        **sidebars(
            request, "most_read", "newest", "related", leaving_out=article.pk, related_in=article.category_id
        ),
        "is_preview": True,
        "is_form_preview": True,
    }
    response = render(request, "articles/article_detail.html", context)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def article_context(article, rendered):
    return {"article": article, "current_category_slug": article.category.slug, **rendered}


def article_rendered(request, article, views=None, is_preview=False):
    """The article as its page shows it: `article_main`, from its title to the sharing buttons, and
    `article_head`, its parts of <head> by block name (description, canonical address, social and structured
    data, its category's feed). `views` stands where the view count goes (the page cache writes the count in);
    without it, the count the article has."""
    context = {
        "article": article,
        **article_parts(article),
        "view_count_marker": views,
        "is_preview": is_preview,
    }
    blocks = rendered_blocks("includes/article_rendered.html", context, request)
    return {"article_main": blocks.pop("main"), "article_head": blocks}


def article_parts(article):
    """What an article's page shows beside its own row: its photo rows, the library photos in its body, the
    documents it is about and the topics it belongs to (articles.models.article_page). A preview of an
    article never saved has no photo rows, documents or topics yet."""
    return {
        "photos": article_page.photo_rows(article),
        "body_photos": Photo.objects.in_body(article.body),
        "article_documents": article_page.documents_about(article),
        "article_topics": article_page.topics_of(article),
    }


@throttle.limited
@shares_parts
def search(request):
    query = article_search.clean_query(request.GET.get("q"))
    words = article_search.query_words(query)
    found = article_search.find(words)
    page = Paginator(found, SEARCH_PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "articles/search.html",
        {
            "query": query,
            "has_words": bool(words),
            "found": found,
            "page": page,
            "results": article_search.results(page, words),
            "page_query": urlencode({"q": query}),
            "canonical_path": paged_path(request.path, page, q=query),
        },
    )


@cached_page()
def page_detail(request, slug):
    page = get_object_or_404(Page.objects.published(), slug=slug)
    return render(request, "articles/page_detail.html", {"page": page})


@require_safe
def opening_status(request):
    """The live "open now" line, fetched by static/js/site.js so that cached pages never show a stale one."""
    now = timezone.now()
    today = now.astimezone(hours.VIETNAM).date()
    exceptions = ClosingDay.objects.filter(date__gte=today).values_list("date", "reason", "sessions")
    status = hours.opening_status(SiteSettings.load().week(exceptions), now)
    response = JsonResponse(
        {
            "is_open": status.is_open,
            "text": status.text,
            "changes_at": status.changes_at,
            "seconds_until_change": status.seconds_until_change,
        }
    )
    seconds = status.seconds_until_change
    patch_cache_control(
        response,
        public=True,
        max_age=OPENING_STATUS_MAX_AGE if seconds is None else min(seconds, OPENING_STATUS_MAX_AGE),
    )
    return response


@require_safe
def robots_txt(request):
    return render(
        request, "robots.txt", {"admin_url": settings.ADMIN_URL}, content_type="text/plain; charset=utf-8"
    )
