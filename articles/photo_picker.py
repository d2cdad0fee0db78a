"""The article form's photo picker: the library as JSON, searched by caption, alt text, credit, date,
uploader; and the credit of a chosen photo, written to the photo itself."""

import datetime

from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST, require_safe

from . import activity
from .models import ArticleImage, Photo
from .permissions import can_change_photo

PAGE_SIZE = 24
DATE_FORMATS = ["%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"]


def _typed_date(text):
    for form in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def search(query):
    """Photos matching every word typed: in their alt text, a caption given them, the uploader; or a date."""
    photos = Photo.objects.select_related("uploaded_by")
    for word in query.split():
        day = _typed_date(word)
        if day is not None:
            photos = photos.filter(created_at__date=day)
            continue
        captioned = ArticleImage.objects.filter(caption__icontains=word).values("photo_id")
        photos = photos.filter(
            Q(alt_text__icontains=word)
            | Q(credit__icontains=word)
            | Q(uploaded_by__username__icontains=word)
            | Q(pk__in=captioned)
        )
    return photos.order_by("-created_at", "-pk")


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def describe(photo):
    smallest = min(photo.renditions, key=lambda r: r["width"]) if photo.renditions else None
    return {
        "id": photo.pk,
        "url": photo.url,  # what the body holds; readers get the renditions (article_body)
        "thumbnail": default_storage.url(smallest["jpg"]) if smallest else photo.url,
        "alt": photo.alt_text,
        "credit": photo.credit,
        "width": photo.width,
        "height": photo.height,
        "date": f"{photo.created_at:%d-%m-%Y}",
        "uploader": photo.uploaded_by.username if photo.uploaded_by else "",
    }


@require_safe
def library(request):
    """GET ?q=…&trang=N → {"photos": [...], "more": bool}; for staff who may write articles."""
    if not request.user.has_perm("articles.change_article"):
        raise PermissionDenied
    if (chosen := _int(request.GET.get("anh"))) is not None:
        # One photo by its number: the cover picked in the field's own search, shown with its thumbnail.
        photos = Photo.objects.select_related("uploaded_by").filter(pk=chosen)
        return JsonResponse({"photos": [describe(p) for p in photos], "more": False})
    query = (request.GET.get("q") or "").strip()[:200]
    page = max(1, _int(request.GET.get("trang")) or 1)
    start = (page - 1) * PAGE_SIZE
    # One more than a page tells whether there is a next one, without counting the whole library.
    found = list(search(query)[start : start + PAGE_SIZE + 1])
    return JsonResponse({"photos": [describe(p) for p in found[:PAGE_SIZE]], "more": len(found) > PAGE_SIZE})


LIMITS = {name: Photo._meta.get_field(name).max_length for name in ("credit", "alt_text")}
LABELS = {"credit": "Tên tác giả ảnh", "alt_text": "Mô tả ảnh"}


@require_POST
def set_details(request, photo_id):
    """POST credit=… (and alt_text=…) → {"photo": {...}}: what belongs to the photo, not to one article (the
    photographer; the description a cover is shown with), kept with it for every article showing it."""
    if not request.user.has_perm("articles.change_article"):
        raise PermissionDenied
    photo = get_object_or_404(Photo.objects.select_related("uploaded_by"), pk=photo_id)
    changed = {}
    for name, limit in LIMITS.items():
        if name not in request.POST:
            continue
        value = " ".join(request.POST[name].split())
        if len(value) > limit:
            message = f"{LABELS[name]} dài quá: tối đa {limit} ký tự."
            return JsonResponse({"error": {"message": message}}, status=400)
        if value != getattr(photo, name):
            changed[name] = value
    if not changed:
        return JsonResponse({"photo": describe(photo)})
    if not can_change_photo(request.user, photo):
        message = (
            "Bạn không sửa được tác giả hay mô tả của ảnh này (ảnh đang ở trong bài của người khác hoặc bài "
            "đã đăng). Hãy để nguyên, hoặc nhờ biên tập viên sửa trong Thư viện ảnh."
        )
        return JsonResponse({"error": {"message": message}}, status=403)
    before = {name: getattr(photo, name) for name in changed}
    for name, value in changed.items():
        setattr(photo, name, value)
    photo.save(update_fields=list(changed))
    activity.record(
        activity.Action.CHANGED,
        actor=request.user,
        request=request,
        obj=photo,
        changes={name: [before[name], value] for name, value in changed.items()},
        note="sửa từ hộp chọn ảnh",
    )
    return JsonResponse({"photo": describe(photo)})
