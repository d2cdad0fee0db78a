from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import views
from .cache import cached_page
from .feeds import CategoryFeed, LatestArticlesFeed
from .sitemaps import SITEMAPS

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("chuyen-muc/<slug:slug>/", views.category_detail, name="category"),
    path("chuyen-muc/<slug:slug>/rss/", cached_page()(CategoryFeed()), name="category_feed"),
    path("bai-viet/<slug:slug>/", views.article_detail, name="detail"),
    path("xem-truoc/<int:pk>/", views.article_preview, name="preview"),
    path("xem-truoc/ban-dang-soan/", views.article_form_preview, name="form_preview"),
    path("xem-truoc/<int:pk>/ban-dang-soan/", views.article_form_preview, name="form_preview"),
    path("tim-kiem/", views.search, name="search"),
    path("trang/<slug:slug>/", views.page_detail, name="page"),
    path("gio-mo-cua/", views.opening_status, name="opening_status"),
    path("rss/", cached_page()(LatestArticlesFeed()), name="feed"),
    path("sitemap.xml", cached_page(query=["p"])(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
