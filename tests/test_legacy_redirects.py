"""The old site's addresses answer 301 to the imported article."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, LegacyRedirect

from .factories import ArticleFactory
from .importing import import_wordpress, make_uploads, meta, write_export

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(tmp_path, site_settings):
    import_wordpress(uploads=str(make_uploads(tmp_path)))


@pytest.mark.parametrize(
    "old",
    [
        "/2019/05/ket-nap-dang-vien-moi-tai-chi-bo-3/",
        "/2019/05/ket-nap-dang-vien-moi-tai-chi-bo-3",
        "/?p=101",
        # _wp_old_slug: the address the post had before its slug was changed on the old site.
        "/2019/05/ket-nap-dang-vien/",
        "/bai-viet/ket-nap-dang-vien/",
    ],
)
def test_an_old_address_answers_301_to_the_new_article(client, imported, old):
    response = client.get(old)

    assert response.status_code == 301
    assert response["Location"] == "/bai-viet/ket-nap-dang-vien-moi-tai-chi-bo-3/"


def test_an_old_vietnamese_address_answers_too(client, imported):
    response = client.get("/2019/06/h%E1%BB%99i-ngh%E1%BB%8B-h%E1%BB%8Dc-t%E1%BA%ADp/")

    assert response.status_code == 301
    assert response["Location"] == "/bai-viet/hoi-nghi-hoc-tap/"


def test_head_requests_are_redirected_and_posts_are_not(client, imported):
    assert client.head("/2019/05/ket-nap-dang-vien-moi-tai-chi-bo-3/").status_code == 301
    assert client.post("/2019/05/ket-nap-dang-vien-moi-tai-chi-bo-3/").status_code == 404


def test_the_old_address_of_an_article_not_published_here_is_404(client, imported):
    Article.objects.filter(slug="ket-nap-dang-vien-moi-tai-chi-bo-3").update(status=Article.Status.DRAFT)

    assert client.get("/2019/05/ket-nap-dang-vien-moi-tai-chi-bo-3/").status_code == 404
    assert client.get("/?p=101").status_code == 200  # the home page, not a redirect


def test_a_scheduled_posts_old_address_waits_for_its_time(client, imported):
    assert client.get("/2099/01/bai-hen-gio-dang-nam-2099/").status_code == 404


def test_the_home_page_answers_as_usual_for_an_unknown_post_id(client, imported):
    assert client.get("/?p=999").status_code == 200
    assert client.get("/?p=abc").status_code == 200


def test_drafts_and_skipped_posts_leave_no_old_address(imported):
    paths = set(LegacyRedirect.objects.values_list("old_path", flat=True))

    assert "/?p=103" not in paths and "/2019/07/bai-rieng-tu" not in paths


def test_the_permalink_structure_is_a_setting(tmp_path, client, site_settings, settings):
    settings.WORDPRESS_PERMALINK = "/%category%/%post_id%-%postname%.html"
    export = write_export(
        tmp_path / "e.xml", {"post_id": "42", "category": "thoi-su", "category_name": "Thời sự"}
    )

    import_wordpress(str(export))

    response = client.get("/thoi-su/42-bai-thu.html")
    assert response.status_code == 301
    assert response["Location"] == "/bai-viet/bai-thu/"


def test_a_day_and_name_permalink_with_several_old_slugs(tmp_path, client, site_settings):
    extra = meta("_wp_old_slug", "ten-dau-tien") + meta("_wp_old_slug", "ten-thu-hai")
    export = write_export(tmp_path / "e.xml", {"extra": extra})

    import_wordpress(str(export), permalink="/%year%/%monthnum%/%day%/%postname%/")

    for old in ["/2020/03/05/bai-thu/", "/2020/03/05/ten-dau-tien/", "/bai-viet/ten-thu-hai/"]:
        assert client.get(old)["Location"] == "/bai-viet/bai-thu/", old


def test_an_address_already_taken_by_another_article_stays_with_it(tmp_path, client, site_settings):
    first = ArticleFactory(slug="bai-truoc")
    LegacyRedirect.objects.create(old_path="/2020/03/bai-thu", article=first)

    import_wordpress(str(write_export(tmp_path / "e.xml", {})))

    assert client.get("/2020/03/bai-thu/")["Location"] == "/bai-viet/bai-truoc/"


def test_a_query_string_address_from_an_old_portal_answers(client, site_settings):
    article = ArticleFactory(slug="bai-moi")
    LegacyRedirect.objects.create(old_path="/tin-tuc/chi-tiet.aspx?id=12", article=article)

    assert client.get("/tin-tuc/chi-tiet.aspx?id=12")["Location"] == "/bai-viet/bai-moi/"
    assert client.get("/tin-tuc/chi-tiet.aspx?id=13").status_code == 404


def test_a_page_we_have_is_never_redirected(client, site_settings):
    article = ArticleFactory(slug="bai-hien-co")
    LegacyRedirect.objects.create(old_path="/bai-viet/bai-hien-co", article=ArticleFactory(slug="khac"))

    assert client.get(article.get_absolute_url()).status_code == 200


def test_pages_that_answer_never_look_up_old_addresses(client, site_settings):
    article = ArticleFactory()

    for url in ["/", "/?trang=2", article.get_absolute_url()]:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert not [q for q in queries if "legacyredirect" in q["sql"]], url


@pytest.mark.parametrize(
    ("path", "status"), [("/a%00b/", 404), ("/" + "x" * 600 + "/", 404), ("/?p=1%00", 200)]
)
def test_an_address_that_could_never_be_stored_is_answered_as_usual(client, site_settings, path, status):
    # PostgreSQL refuses a NUL in a query: the lookup must not be tried at all.
    assert client.get(path).status_code == status
