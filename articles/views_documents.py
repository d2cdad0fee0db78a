"""Readers' pages of the document library ("Văn bản") and of the topics ("Chuyên đề"), and the downloads."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db.models import CharField, Prefetch, Value
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from . import document_search
from .models import (
    Article,
    Document,
    DocumentFile,
    DocumentSubject,
    DocumentType,
    Issuer,
    Topic,
    TopicFeature,
)
from .pagecache import cached_page, counts_as_view, shared
from .search import clean_query
from .views import paged_path

DOCUMENT_PAGE_SIZE = 20
TOPIC_PAGE_SIZE = 12
RELATED_ARTICLES_COUNT = 10
# The list's filters: the GET parameter of each, and the name of its choices in the template.
FILTERS = {"loai": "types", "co-quan": "issuers", "linh-vuc": "subjects", "nam": "years"}


def document_filters(request):
    """The choices of the list's filters, as shared by every list page until the next change."""

    def build():
        years = Document.objects.published().dates("issued_on", "year", order="DESC")
        return {
            "types": list(DocumentType.objects.all()),
            "issuers": list(Issuer.objects.all()),
            "subjects": list(DocumentSubject.objects.all()),
            "years": [day.year for day in years],
        }

    return shared(request, document_filters=build)["document_filters"]


def document_list(request):
    # A search is the reader's own: never cached (as the article search), the plain lists are.
    if request.GET.get("q", "").strip():
        return _document_list(request)
    return _cached_document_list(request)


@cached_page(query=["trang"], filters=list(FILTERS))
def _cached_document_list(request):
    return _document_list(request)


def _page(paginator, request, *, searched=False):
    """The page asked for. A cached list's number comes from the page cache as an integer over 1 (or none):
    past the end is a 404, as for a category, so odd numbers never make cache entries. A search, never
    cached, shows its last page instead."""
    if searched:
        return paginator.get_page(request.GET.get("trang"))
    try:
        return paginator.page(request.GET.get("trang", 1))
    except EmptyPage:
        raise Http404("Trang này không có văn bản nào.") from None


def _document_list(request):
    choices = document_filters(request)
    chosen = {}  # {"types": the DocumentType chosen, …, "years": 2024}: unknown values are ignored
    for parameter, name in FILTERS.items():
        value = request.GET.get(parameter, "")
        chosen[name] = next(
            (item for item in choices[name] if str(getattr(item, "slug", item)) == value), None
        )
    query = clean_query(request.GET.get("q"))
    documents = (
        Document.objects.published()
        .for_listing()
        .filtered(
            document_type=chosen["types"],
            issuer=chosen["issuers"],
            year=chosen["years"],
            subject=chosen["subjects"],
        )
    )
    words = document_search.query_words(query)
    documents = document_search.find(documents, words) if words else documents.newest_first()
    page = _page(Paginator(documents, DOCUMENT_PAGE_SIZE), request, searched=bool(query))
    params = {parameter: request.GET[parameter] for parameter, name in FILTERS.items() if chosen[name]}
    if query:
        params["q"] = query
    return render(
        request,
        "articles/document_list.html",
        {
            "page": page,
            "choices": choices,
            "chosen": chosen,
            "query": query,
            "is_filtered": bool(params),
            "page_query": urlencode(params),
            "canonical_path": paged_path(request.path, page, **params),
            "current_category_slug": "van-ban",
        },
    )


@cached_page()
def document_detail(request, slug):
    document = get_object_or_404(
        Document.objects.published()
        .for_listing()
        .select_related("replaced_by__document_type")
        .prefetch_related(
            "subjects",
            "files",
            Prefetch("topics", queryset=Topic.objects.only("name", "slug")),
            Prefetch("replaces", queryset=Document.objects.published().for_listing()),
        ),
        slug=slug,
    )
    related = Article.objects.published().filter(documents=document).newest_first().for_listing()
    replaced_by = document.replaced_by if document.replaced_by and document.replaced_by.is_visible else None
    return render(
        request,
        "articles/document_detail.html",
        {
            "document": document,
            "replaced_by": replaced_by,
            "related_articles": list(related[:RELATED_ARTICLES_COUNT]),
            "current_category_slug": "van-ban",
        },
    )


@require_safe
def document_download(request, pk):
    return _serve(request, pk, as_attachment=True)


@require_safe
def document_view(request, pk):
    """The PDF opened in the browser's own viewer; other kinds are downloaded."""
    return _serve(request, pk, as_attachment=False)


def _serve(request, pk, *, as_attachment):
    document_file = get_object_or_404(DocumentFile.objects.select_related("document"), pk=pk)
    # A reader without a session is anonymous without a query, and has no permission.
    if not document_file.document.is_visible and not request.user.has_perm("articles.view_document"):
        raise Http404
    inline = not as_attachment and document_file.can_be_viewed
    if counts_as_view(request):
        document_file.count_download()
    disposition = content_disposition_header(not inline, document_file.name)
    if settings.DOCUMENT_ACCEL_REDIRECT:
        # nginx sends the file itself (an `internal` location, see docs/deploy.md) once it is counted here.
        response = HttpResponse(content_type=document_file.content_type)
        response["X-Accel-Redirect"] = settings.DOCUMENT_ACCEL_REDIRECT + document_file.file.name
    else:
        try:
            handle = document_file.file.open("rb")
        except (FileNotFoundError, OSError):
            raise Http404 from None
        response = FileResponse(handle, content_type=document_file.content_type)
        response["Content-Length"] = document_file.size or document_file.file.size
    response["Content-Disposition"] = disposition
    # Counted on every request: a browser or proxy must not answer for us.
    response["Cache-Control"] = "private, no-cache"
    return response


@cached_page()
def topic_list(request):
    topics = list(Topic.objects.select_related("cover"))
    return render(
        request,
        "articles/topic_list.html",
        {
            "current": [topic for topic in topics if topic.is_current],
            "past": [topic for topic in topics if not topic.is_current],
            "current_category_slug": "chuyen-de",
        },
    )


@cached_page(query=["trang"])
def topic_detail(request, slug):
    topic = get_object_or_404(Topic.objects.select_related("cover"), slug=slug)
    page = _page(Paginator(topic_items(topic), TOPIC_PAGE_SIZE), request)
    features = []
    if page.number == 1:
        features = [feature.item for feature in featured(topic)]
    return render(
        request,
        "articles/topic_detail.html",
        {
            "topic": topic,
            "features": features,
            "page": page,
            "items": items_of(page),
            "canonical_path": paged_path(topic.get_absolute_url(), page),
            "current_category_slug": "chuyen-de",
        },
    )


def featured(topic):
    """The editors' chosen articles and documents, in their order; those not visible to readers left out."""
    features = TopicFeature.objects.filter(topic=topic).select_related(
        "article__category", "article__cover", "document__document_type", "document__issuer"
    )
    return [feature for feature in features if feature.item.is_visible]


def topic_items(topic):
    """Every published article and document of the topic, newest first, as (kind, id, time) rows."""
    featured_rows = TopicFeature.objects.filter(topic=topic)
    articles = (
        Article.objects.published()
        .filter(topics=topic)
        .exclude(pk__in=featured_rows.exclude(article=None).values("article"))
        .annotate(kind=_kind("article"))
        .order_by()  # a part of a UNION may not be ordered (the models' default order)
        .values_list("published_at", "pk", "kind")
    )
    documents = (
        Document.objects.published()
        .filter(topics=topic)
        .exclude(pk__in=featured_rows.exclude(document=None).values("document"))
        .annotate(kind=_kind("document"))
        .order_by()
        .values_list("published_at", "pk", "kind")
    )
    return articles.union(documents, all=True).order_by("-published_at", "-pk")


def _kind(name):
    return Value(name, output_field=CharField())


def items_of(page):
    """The page's rows as articles and documents, each kind read in one query."""
    rows = list(page)
    ids = {"article": [], "document": []}
    for _, pk, kind in rows:
        ids[kind].append(pk)
    articles = Article.objects.for_listing().in_bulk(ids["article"])
    documents = Document.objects.for_listing().in_bulk(ids["document"])
    found = {"article": articles, "document": documents}
    return [found[kind][pk] for _, pk, kind in rows if pk in found[kind]]
