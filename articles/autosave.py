"""Autosave: the article form's content kept on the server every few seconds, per person and article."""

from types import SimpleNamespace

from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import revisions
from .models import Article, ArticleAutosave
from .permissions import can_edit

# What the form sends and a restore puts back: the words, not the state (the publish box decides that).
AUTOSAVED_FIELDS = [
    "title",
    "slug",
    "category",
    "lead",
    "body",
    "cover",
    "byline",
    "source_name",
    "source_url",
    "review_comment",
]
MAX_FIELD_LENGTH = 2_000_000


def _answer(message, status):
    return JsonResponse({"error": message}, status=status)


@never_cache
@require_POST
def save(request, article_id=None):
    """POST the form's fields; answers {"saved_at": "10:32"}. Also the page's last words (sendBeacon)."""
    user = request.user
    if not (user.is_active and user.is_staff):
        # The 8-hour session has ended: the text stays in the page; after logging in again it is saved.
        return _answer("Phiên đăng nhập đã hết. Hãy đăng nhập lại ở thẻ khác; nội dung vẫn còn ở đây.", 401)
    article = None
    if article_id is not None:
        article = Article.objects.only("author_id", "status").filter(pk=article_id).first()
        if article is None or not can_edit(user, article):
            return _answer("Bạn không có quyền sửa bài này.", 403)
    elif not user.has_perm("articles.add_article"):
        return _answer("Bạn không có quyền viết bài.", 403)
    data = {name: request.POST[name][:MAX_FIELD_LENGTH] for name in AUTOSAVED_FIELDS if name in request.POST}
    autosave = _keep(user, article, data)
    return JsonResponse({"saved_at": f"{timezone.localtime(autosave.saved_at):%H:%M}"})


def _keep(user, article, data):
    try:
        with transaction.atomic():
            autosave, _ = ArticleAutosave.objects.update_or_create(
                user=user, article=article, defaults={"data": data}
            )
    except IntegrityError:  # the page's last beacon and a timed save at the same moment: the later one wins
        autosave, _ = ArticleAutosave.objects.update_or_create(
            user=user, article=article, defaults={"data": data}
        )
    return autosave


def pending(user, article):
    """The person's autosave that holds more than the saved article, or None."""
    autosave = ArticleAutosave.objects.filter(
        user=user, article=article if article and article.pk else None
    ).first()
    if autosave is None:
        return None
    if article is not None and article.pk:
        if autosave.saved_at <= article.updated_at or not differences(autosave, article):
            return None
    elif not any(str(value).strip() for value in autosave.data.values()):
        return None
    return autosave


def differences(autosave, article):
    """[(label, diff lines)] between the saved article and the autosave, as "Phiên bản" shows them."""
    saved = article.snapshot(article.photos.all() if article.pk else [])
    typed = {**saved, **{name: value for name, value in autosave.data.items() if name in saved}}
    for name in ("category", "cover"):
        if name in typed:
            typed[name] = _int(typed[name])
    return revisions.compare(SimpleNamespace(data=saved), SimpleNamespace(data=typed))


def discard(user, article, *, also_new=False):
    """After a save: what was typed is now the article."""
    ArticleAutosave.objects.filter(user=user, article=article).delete()
    if also_new:
        ArticleAutosave.objects.filter(user=user, article=None).delete()


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
