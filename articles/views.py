from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control

from . import counters
from .cache import cached_page
from .models import Article, ArticleRedirect, Category, Photo
from .pagination import DeepPaginator
from .permissions import can_view

HOME_FEATURED_COUNT = 5
HOME_LATEST_COUNT = 8
HOME_PER_CATEGORY_COUNT = 4
CATEGORY_PAGE_SIZE = 12
RELATED_COUNT = 4


@cached_page()
def home(request):
    published = Article.objects.published().for_listing()
    featured = list(published.featured().newest_first()[:HOME_FEATURED_COUNT])
    latest = list(published.exclude(is_featured=True).newest_first()[:HOME_LATEST_COUNT])
    sections = {}
    for article in published.newest_per_category(HOME_PER_CATEGORY_COUNT):
        sections.setdefault(article.category, []).append(article)
    category_sections = sorted(sections.items(), key=lambda item: (item[0].position, item[0].name))
    return render(
        request,
        "articles/home.html",
        {"featured": featured, "latest": latest, "category_sections": category_sections},
    )


@cached_page(query=["trang"])
def category_detail(request, slug):
    category = get_object_or_404(Category, slug=slug)
    articles = Article.objects.published().in_category(category).newest_first().for_listing()
    page = DeepPaginator(articles, CATEGORY_PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "articles/category_detail.html",
        {"category": category, "page": page, "current_category_slug": category.slug},
    )


def article_detail(request, slug):
    # The page may come from the cache; the view is counted, and its count written in, on every request.
    return counters.show_view_count(request, article_page(request, slug))


@cached_page(counts_views=True)
def article_page(request, slug):
    article = Article.objects.published().select_related("category", "cover").filter(slug=slug).first()
    if article is None:
        # An address the article had before its slug changed.
        redirect = get_object_or_404(ArticleRedirect.objects.select_related("article"), old_slug=slug)
        return HttpResponsePermanentRedirect(redirect.article.get_absolute_url())
    context = {**article_context(article), "view_count_marker": counters.view_count_marker()}
    response = render(request, "articles/article_detail.html", context)
    response.counts_views_of = article.pk
    return response


@login_required
def article_preview(request, pk):
    """A draft or scheduled article as readers will see it: staff only; never cached, indexed or counted."""
    article = get_object_or_404(Article.objects.select_related("category", "cover"), pk=pk)
    if not can_view(request.user, article):
        raise PermissionDenied
    response = render(
        request, "articles/article_detail.html", {**article_context(article), "is_preview": True}
    )
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def article_context(article):
    return {
        "article": article,
        "current_category_slug": article.category.slug,
        "photos": list(article.photos.select_related("photo")),
        "body_photos": Photo.objects.in_body(article.body),
        "related": list(Article.objects.published().related_to(article, RELATED_COUNT)),
    }
