import json

import pytest

from articles.models import Article, ArticleRedirect

from .factories import ArticleFactory, CategoryFactory
from .importing import import_articles
from .test_admin import ADD_URL, article_form

pytestmark = pytest.mark.django_db


def test_old_address_answers_301_after_a_slug_change(client, site_settings):
    article = ArticleFactory(slug="ten-cu")

    article.slug = "ten-moi"
    article.save()

    response = client.get("/bai-viet/ten-cu/")
    assert response.status_code == 301
    assert response["Location"] == "/bai-viet/ten-moi/"


def test_every_old_address_goes_straight_to_the_newest(client, site_settings):
    article = ArticleFactory(slug="mot")
    for slug in ["hai", "ba"]:
        article.slug = slug
        article.save()

    assert client.get("/bai-viet/mot/")["Location"] == "/bai-viet/ba/"
    assert client.get("/bai-viet/hai/")["Location"] == "/bai-viet/ba/"


def test_a_new_article_may_take_the_old_slug_of_an_unpublished_one(client, site_settings):
    old = ArticleFactory(slug="dung-chung", status="draft")
    old.slug = "bai-cu"
    old.save()

    new = ArticleFactory(slug="dung-chung", title="Bài mới dùng lại đường dẫn")

    assert "Bài mới dùng lại đường dẫn" in client.get(new.get_absolute_url()).content.decode()
    assert not ArticleRedirect.objects.exists()


def test_a_writer_cannot_take_a_published_articles_old_address(writer_client, client, site_settings):
    published = ArticleFactory(slug="ten-cu", title="Hội nghị Ban Chấp hành")
    published.slug = "hoi-nghi-ban-chap-hanh"
    published.save()

    response = writer_client.post(ADD_URL, article_form(published.category, slug="ten-cu", status="draft"))

    assert response.status_code == 200
    assert (
        "Đường dẫn này là địa chỉ cũ của bài «Hội nghị Ban Chấp hành» và vẫn đang chuyển về bài đó."
        in response.content.decode()
    )
    assert Article.objects.count() == 1
    assert client.get("/bai-viet/ten-cu/")["Location"] == "/bai-viet/hoi-nghi-ban-chap-hanh/"


def test_a_slug_made_from_a_title_passes_over_a_published_articles_old_address(client, site_settings):
    published = ArticleFactory(title="Tiếp xúc cử tri")
    published.slug = "tiep-xuc-cu-tri-huyen-dong"
    published.save()

    draft = ArticleFactory(title="Tiếp xúc cử tri", status="draft")

    assert draft.slug == "tiep-xuc-cu-tri-2"
    assert client.get("/bai-viet/tiep-xuc-cu-tri/")["Location"] == "/bai-viet/tiep-xuc-cu-tri-huyen-dong/"


def test_an_import_passes_over_a_published_articles_old_address(tmp_path, client, site_settings):
    published = ArticleFactory(slug="ket-nap-dang-vien")
    published.slug = "ket-nap-dang-vien-chi-bo-3"
    published.save()
    line = {"title": "Kết nạp đảng viên", "slug": "ket-nap-dang-vien", "published_at": "2021-01-14T08:00:00"}
    (tmp_path / "bai.jsonl").write_text(json.dumps(line) + "\n")

    import_articles(tmp_path / "bai.jsonl")

    assert Article.objects.get(title="Kết nạp đảng viên").slug == "ket-nap-dang-vien-2"
    assert client.get("/bai-viet/ket-nap-dang-vien/")["Location"] == "/bai-viet/ket-nap-dang-vien-chi-bo-3/"


def test_an_article_takes_back_its_own_old_slug(client, site_settings):
    article = ArticleFactory(slug="mot")
    article.slug = "hai"
    article.save()

    article.slug = "mot"
    article.save()

    assert client.get("/bai-viet/mot/").status_code == 200
    assert client.get("/bai-viet/hai/")["Location"] == "/bai-viet/mot/"


def test_an_editor_changes_a_published_articles_slug_and_the_old_address_answers_301(
    editor_client, client, site_settings
):
    article = ArticleFactory(slug="ten-cu")
    data = article_form(article.category, slug="ten-moi", **{"photos-TOTAL_FORMS": "0"})
    data["expected_version"] = article.version

    response = editor_client.post(f"/quan-tri/articles/article/{article.pk}/change/", data)

    assert response.status_code == 302
    assert client.get("/bai-viet/ten-cu/")["Location"] == "/bai-viet/ten-moi/"


def test_changing_category_keeps_the_address(client, site_settings):
    article = ArticleFactory()
    url = article.get_absolute_url()

    article.category = CategoryFactory(name="Chuyên mục mới")
    article.save()

    assert article.get_absolute_url() == url
    assert client.get(url).status_code == 200


def test_unknown_old_address_is_404(client, site_settings):
    assert client.get("/bai-viet/chua-tung-co/").status_code == 404


def test_old_address_of_an_unpublished_article_is_404(client, site_settings):
    article = ArticleFactory(slug="ten-cu")
    article.slug = "ten-moi"
    article.status = "draft"
    article.save()

    assert client.get("/bai-viet/ten-cu/").status_code == 404
