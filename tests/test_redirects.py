import pytest

from .factories import ArticleFactory, CategoryFactory

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


def test_a_new_article_may_take_a_freed_slug(client, site_settings):
    old = ArticleFactory(slug="dung-chung")
    old.slug = "bai-cu"
    old.save()

    new = ArticleFactory(slug="dung-chung", title="Bài mới dùng lại đường dẫn")

    assert "Bài mới dùng lại đường dẫn" in client.get(new.get_absolute_url()).content.decode()


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
