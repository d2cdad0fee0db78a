"""The rich-text editor's image upload: for staff who may write articles, checked like any upload."""

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from . import activity
from .images import check_image
from .models import Photo
from .photo_picker import describe


def _error(message, status):
    # The shape CKEditor 5's upload adapter shows to the editor.
    return JsonResponse({"error": {"message": message}}, status=status)


@require_POST
def editor_image_upload(request):
    user = request.user
    if not (user.is_active and user.is_staff and user.has_perm("articles.change_article")):
        return _error("Bạn không có quyền tải ảnh lên.", status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _error("Không nhận được tệp ảnh.", status=400)
    try:
        check_image(upload)
    except ValidationError as error:
        return _error(" ".join(error.messages), status=400)
    # Into the photo library, like any upload: stored once, cleaned of metadata, with renditions.
    alt_text = (request.POST.get("alt_text") or "").strip()[:255]
    photo = Photo.objects.create(image=upload, uploaded_by=user, alt_text=alt_text)
    activity.record(
        activity.Action.CREATED, actor=user, request=request, obj=photo, note="tải lên từ trình soạn thảo"
    )
    # The photo picker shows it at once among the library's (articles.photo_picker).
    return JsonResponse({"url": photo.url, "photo": describe(photo)})
