from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from articles.editor import editor_image_upload

admin.site.site_header = "Quản trị Bản tin"
admin.site.site_title = "Quản trị Bản tin"
admin.site.index_title = "Bảng điều khiển"


def serve_media(request, path):
    """Uploads are stored under random names and never change: browsers and proxies may keep them a year."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


urlpatterns = [
    # Before the admin's own URLs, whose catch-all would answer for it.
    path(f"{settings.ADMIN_URL}tai-anh/", editor_image_upload, name="editor_image_upload"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("articles.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_media),
    ]
