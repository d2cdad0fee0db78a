"""Under the admin's address, before the admin's own URLs (bulletin_site/urls.py)."""

from django.contrib import admin
from django.urls import path

from . import views

app_name = "twofactor"

urlpatterns = [
    path("login/", views.login, name="login"),
    path("xac-thuc/", views.verify, name="verify"),
    path("xac-thuc/thiet-lap/", views.enrol, name="enrol"),
    path("xac-thuc/ma-du-phong/", admin.site.admin_view(views.recovery_codes), name="recovery_codes"),
    path("password_change/", admin.site.admin_view(views.password_change), name="password_change"),
    path("bao-mat/", admin.site.admin_view(views.own_settings), name="settings"),
    path("bao-mat/ma-du-phong-moi/", admin.site.admin_view(views.renew_codes), name="renew_codes"),
    path("bao-mat/tat/", admin.site.admin_view(views.turn_off), name="turn_off"),
    path("bao-mat/ket-thuc-phien/", admin.site.admin_view(views.end_session), name="end_session"),
    path(
        "bao-mat/ket-thuc-phien-khac/",
        admin.site.admin_view(views.end_other_sessions),
        name="end_other_sessions",
    ),
]
