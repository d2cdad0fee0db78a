from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("chuyen-muc/<slug:slug>/", views.category_detail, name="category"),
    path("bai-viet/<slug:slug>/", views.article_detail, name="detail"),
    path("xem-truoc/<int:pk>/", views.article_preview, name="preview"),
]
