from django.conf import settings
from django.contrib import admin
from django.http import Http404
from django.urls import include, path, re_path
from django.views.static import serve

from articles.admin_accounts import SetPasswordDoneView, SetPasswordView
from articles.editor import editor_image_upload
from bulletin_site.health import healthz

admin.site.site_header = "Quản trị Bản tin"
admin.site.site_title = "Quản trị Bản tin"
admin.site.index_title = "Bàn làm việc"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Before the admin's own URLs, whose catch-all would answer for it.
    path(f"{settings.ADMIN_URL}tai-anh/", editor_image_upload, name="editor_image_upload"),
    # The login with its second factor, and each person's security page, before the admin's own login.
    path(settings.ADMIN_URL, include("articles.twofactor.urls")),
    # A new colleague's one-time link to choose a password (no login needed: the link is the proof).
    path(
        f"{settings.ADMIN_URL}dat-mat-khau/<uidb64>/<token>/", SetPasswordView.as_view(), name="set_password"
    ),
    path(f"{settings.ADMIN_URL}dat-mat-khau/xong/", SetPasswordDoneView.as_view(), name="set_password_done"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("articles.urls")),
]


def serve_media(request, path):
    # MEDIA_ROOT read on each request, not once at import, so that it follows the settings in force.
    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError:  # a name too long for the file system, found by tests/test_fuzz.py: no such photo
        raise Http404 from None
    # Uploads are stored under random names and never change: browsers and proxies may keep them a year.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]
