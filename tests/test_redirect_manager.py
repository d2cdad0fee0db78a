"""Site admins' redirect manager: the 404 log, redirects added by hand, from the log or from a CSV file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from articles.models import LegacyRedirect, MissingAddress

from .factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

OLD = "/tin-tuc/le-ket-nap-dang-vien-n697.html"
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile"}


@pytest.fixture
def article(db):
    return ArticleFactory(title="Lễ kết nạp đảng viên mới", slug="le-ket-nap-dang-vien-moi")


def test_readers_404s_are_counted_crawlers_and_staff_apart(editor_client, site_settings):
    client = Client()
    for _ in range(3):
        client.get(OLD, **BROWSER)
    client.get(OLD, HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    client.head(OLD, **BROWSER)
    editor_client.get(OLD)
    client.get("/khong-co-gi/", **BROWSER)

    assert dict(MissingAddress.objects.values_list("path", "hit_count")) == {OLD: 3, "/khong-co-gi": 1}


def test_a_404_costs_one_update_once_the_address_is_known(client, site_settings, django_assert_num_queries):
    client.get(OLD, **BROWSER)

    # 1. site settings and 2. menu for the 404 page  3. the redirect lookup, as before
    # 4. UPDATE … SET hit_count = hit_count + 1 WHERE path = …
    with django_assert_num_queries(4):
        client.get(OLD, **BROWSER)
    assert MissingAddress.objects.get().hit_count == 2


def test_the_404_log_lists_the_most_requested_first_with_a_link_to_redirect(site_admin_client):
    MissingAddress.objects.create(path="/it-khi", hit_count=2)
    MissingAddress.objects.create(path=OLD, hit_count=40)

    html = site_admin_client.get("/quan-tri/articles/missingaddress/").content.decode()

    assert html.index(OLD) < html.index("/it-khi")
    assert (
        "/quan-tri/articles/legacyredirect/add/?old_path=%2Ftin-tuc%2Fle-ket-nap-dang-vien-n697.html" in html
    )


def test_a_redirect_added_from_the_log_answers_301_and_leaves_the_log(client, site_admin_client, article):
    MissingAddress.objects.create(path=OLD, hit_count=40)

    response = site_admin_client.post(
        "/quan-tri/articles/legacyredirect/add/",
        {"old_path": f"https://thuvien.example.vn{OLD}", "article": article.pk, "page": ""},
    )

    assert response.status_code == 302
    assert LegacyRedirect.objects.get().old_path == OLD
    assert not MissingAddress.objects.exists()
    answer = client.get(OLD, **BROWSER)
    assert answer.status_code == 301 and answer["Location"] == "/bai-viet/le-ket-nap-dang-vien-moi/"


@pytest.mark.parametrize(
    ("old_path", "message"),
    [
        ("/bai-viet/le-ket-nap-dang-vien-moi/", "chuyển hướng sẽ quay vòng"),
        ("/", "đang là một trang của trang web"),
        ("/trang/gioi-thieu/", "đang là một trang của trang web"),
    ],
)
def test_a_redirect_that_would_loop_or_never_answer_is_refused(site_admin_client, article, old_path, message):
    response = site_admin_client.post(
        "/quan-tri/articles/legacyredirect/add/", {"old_path": old_path, "article": article.pk, "page": ""}
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not LegacyRedirect.objects.exists()


def test_a_redirect_needs_exactly_one_target(site_admin_client, article):
    response = site_admin_client.post("/quan-tri/articles/legacyredirect/add/", {"old_path": OLD})

    assert "Chọn một bài viết hoặc một trang tĩnh (chỉ một)." in response.content.decode()


def test_many_redirects_come_from_a_csv_and_a_broken_line_is_named(client, site_admin_client, article):
    text = (
        "Địa chỉ cũ,Địa chỉ mới\n"
        f"{OLD},/bai-viet/le-ket-nap-dang-vien-moi/\n"
        "https://thuvien.example.vn/gioi-thieu-n12.html,https://bantin.example.vn/trang/gioi-thieu/\n"
        "/tin-cu-n5.html,/bai-viet/khong-co-bai-nay/\n"
        "/chi-mot-cot.html\n"
    )
    upload = SimpleUploadedFile("chuyen-huong.csv", ("\ufeff" + text).encode(), "text/csv")

    response = site_admin_client.post(
        "/quan-tri/articles/legacyredirect/nhap-csv/", {"file": upload}, follow=True
    )

    html = response.content.decode()
    assert "Đã lưu 2 chuyển hướng." in html
    assert "Dòng 4: “/bai-viet/khong-co-bai-nay/” không phải địa chỉ của một bài viết hay một trang" in html
    assert "Dòng 5: cần hai cột" in html
    assert client.get("/gioi-thieu-n12.html")["Location"] == "/trang/gioi-thieu/"
    assert client.get(OLD).status_code == 301


def test_a_csv_that_is_not_text_is_refused_in_vietnamese(site_admin_client):
    upload = SimpleUploadedFile("anh.csv", b"\xff\xd8\xff\xe0 not text \x9c", "text/csv")

    response = site_admin_client.post("/quan-tri/articles/legacyredirect/nhap-csv/", {"file": upload})

    assert response.status_code == 200
    assert "Tệp không phải văn bản UTF-8" in response.content.decode()


def test_editors_have_no_redirect_manager(client):
    client.force_login(UserFactory(group="Biên tập viên"))

    assert client.get("/quan-tri/articles/legacyredirect/").status_code == 403
    assert client.get("/quan-tri/articles/legacyredirect/nhap-csv/").status_code == 403
    assert client.get("/quan-tri/articles/missingaddress/").status_code == 403
