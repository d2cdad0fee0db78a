from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import views, views_documents
from .feeds import CategoryFeed, DocumentFeed, LatestArticlesFeed, TopicFeed
from .pagecache import cached_page
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
    # The document library and the topics (articles/views_documents.py).
    path("van-ban/", views_documents.document_list, name="documents"),
    path("van-ban/rss/", cached_page()(DocumentFeed()), name="document_feed"),
    path("van-ban/tep/<int:pk>/tai-ve/", views_documents.document_download, name="document_download"),
    path("van-ban/tep/<int:pk>/xem/", views_documents.document_view, name="document_view"),
    path("van-ban/<slug:slug>/", views_documents.document_detail, name="document"),
    path("chuyen-de/", views_documents.topic_list, name="topics"),
    path("chuyen-de/<slug:slug>/", views_documents.topic_detail, name="topic"),
    path("chuyen-de/<slug:slug>/rss/", cached_page()(TopicFeed()), name="topic_feed"),
]
