"""What the article change form shows beyond its fields: the publish box, autosave, the preview button."""

from django.urls import reverse

from . import autosave, photo_picker, publishing
from .models import Article, Photo


def extra_context(user, saved, *, offer_autosave, cover_id=None):
    """`saved`: the article as stored (a new Article() before the first save), not as the form holds it;
    `cover_id`: the cover the form holds, shown beside its field with its thumbnail."""
    by_pk = {"article_id": saved.pk} if saved.pk else {}
    context = {
        "publish_box": publishing.box(user, saved),
        "autosave_url": reverse("admin:articles_article_autosave", kwargs=by_pk),
        "autosaved_fields": " ".join(autosave.AUTOSAVED_FIELDS),
        "photo_library_url": reverse("admin:articles_article_photo_library"),
        "photo_upload_url": reverse("editor_image_upload"),
        # The picker puts the chosen photo's number in place of the 0.
        "photo_details_url": reverse("admin:articles_article_photo_details", kwargs={"photo_id": 0}),
        "form_preview_url": reverse("articles:form_preview", kwargs={"pk": saved.pk} if saved.pk else {}),
    }
    chosen = str(cover_id or "")
    cover = (
        Photo.objects.select_related("uploaded_by").filter(pk=chosen).first() if chosen.isdigit() else None
    )
    if cover:
        context["cover_photo"] = photo_picker.describe(cover)
    if offer_autosave and (pending := autosave.pending(user, saved)):
        context["autosave"] = pending
        context["autosave_differences"] = autosave.differences(pending, saved)
    return context


def saved_state(obj):
    # The admin hands over the form's instance, which a refused POST has already changed.
    return Article.objects.get(pk=obj.pk) if obj is not None and obj.pk else Article()
