"""The photo credit ("Ảnh: …") is the library photo's own field, shown to readers under the caption: in the
body, under the captioned photo rows and under the cover; older articles read exactly as before."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client

from .factories import ArticleFactory, ArticleImageFactory, PhotoFactory, jpeg_bytes

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


def photo(**fields):
    return PhotoFactory(image=ContentFile(jpeg_bytes(1200, 800), name="anh.jpg"), **fields)


def body_figure(photo, caption=""):
    caption_html = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f'<figure class="image"><img src="{photo.url}" alt="{photo.alt_text}">{caption_html}</figure>'


def article_body(html):
    return re.search(r'<div class="article-body">(.*?)</div>\s*<p class="source"', html, re.S)[1]


def without_file_names(html, photos):
    for number, each in enumerate(photos, start=1):
        stem = each.image.name.rsplit(".", 1)[0].removeprefix("photos/")
        html = html.replace(stem, f"PHOTO{number}")
    return html


def an_old_article():
    """As imported and edited before the credit had its field: [ảnh N], photo rows, "Ảnh: …" in captions."""
    in_body, in_row, left_over, bare = (photo(alt_text=f"Ảnh số {n}") for n in range(1, 5))
    body = (
        "<p>Đoạn mở đầu.</p><p>[ảnh 1]</p>"
        + body_figure(in_body, "Lễ chào cờ<br>Ảnh: Minh Anh")
        + f'<p>Ảnh không chú thích:</p><p><img src="{bare.url}" alt="Ảnh trần"></p><p>[ảnh 9]</p>'
    )
    article = ArticleFactory(body=body, cover=in_body)
    ArticleImageFactory(article=article, photo=in_row, caption="Toàn cảnh hội nghị. Ảnh: Thu Hà", position=1)
    ArticleImageFactory(article=article, photo=left_over, caption="", position=2)
    return article, [in_body, in_row, left_over, bare]


def cover_figure(html):
    found = re.search(
        r'</p>\s*(<figure class="article-photo">.*?</figure>)\s*<div class="article-body">', html, re.S
    )
    return found[1]


def snapshot(name):
    return (FIXTURES / name).read_text().strip()


def test_an_old_article_reads_exactly_as_before(client, site_settings):
    article, photos = an_old_article()

    html = client.get(article.get_absolute_url()).content.decode()

    # Rendered by the code before the credit had its field (tests/fixtures/old_article_body.html).
    assert without_file_names(article_body(html), photos).strip() == snapshot("old_article_body.html")


def test_a_credit_given_later_is_not_added_to_a_caption_that_names_one(client, site_settings):
    article, photos = an_old_article()
    in_body, in_row, *_ = photos
    for each, credit in [(in_body, "Minh Anh"), (in_row, "Thu Hà")]:
        each.credit = credit
        each.save()

    html = client.get(article.get_absolute_url()).content.decode()

    assert without_file_names(article_body(html), photos).strip() == snapshot("old_article_body.html")


def test_an_old_cover_reads_exactly_as_before(client, site_settings):
    cover = photo(alt_text="Ảnh bìa")
    article = ArticleFactory(cover=cover)

    html = client.get(article.get_absolute_url()).content.decode()

    assert without_file_names(cover_figure(html), [cover]).strip() == snapshot("old_article_cover.html")


def test_readers_see_the_credit_under_the_caption_in_the_body(client, site_settings):
    placed, uncaptioned = photo(credit="Minh Anh"), photo(credit="Thu Hà & Cộng sự")
    body = body_figure(placed, "Lễ chào cờ mở đầu buổi lễ") + body_figure(uncaptioned)
    article = ArticleFactory(body=body)

    html = article_body(client.get(article.get_absolute_url()).content.decode())

    assert (
        '<figcaption>Lễ chào cờ mở đầu buổi lễ <span class="photo-credit">Ảnh: Minh Anh</span></figcaption>'
        in html
    )
    assert '<figcaption><span class="photo-credit">Ảnh: Thu Hà &amp; Cộng sự</span></figcaption>' in html


def test_readers_see_the_credit_under_a_photo_rows_caption_and_under_the_cover(client, site_settings):
    article = ArticleFactory(body="<p>Đoạn văn.</p>")
    ArticleImageFactory(article=article, photo=photo(credit="Minh Anh"), caption="Toàn cảnh hội nghị")
    ArticleImageFactory(article=article, photo=photo(credit="Thu Hà"), caption="")
    alone = ArticleFactory(cover=photo(credit="Quốc Tuấn"))

    html = client.get(article.get_absolute_url()).content.decode()
    cover = cover_figure(client.get(alone.get_absolute_url()).content.decode())

    credited = '<figcaption>Toàn cảnh hội nghị <span class="photo-credit">Ảnh: Minh Anh</span></figcaption>'
    assert credited in html
    assert '<figcaption><span class="photo-credit">Ảnh: Thu Hà</span></figcaption>' in html
    assert '<figcaption><span class="photo-credit">Ảnh: Quốc Tuấn</span></figcaption>' in cover


@pytest.mark.parametrize("count", [1, 3])
def test_credits_cost_no_query(client, site_settings, count, django_assert_num_queries):
    article = ArticleFactory(cover=photo(credit="Ảnh bìa"))
    placed = [photo(credit=f"Người chụp {n}") for n in range(count)]
    article.body = "".join(body_figure(each, f"Chú thích {n}") for n, each in enumerate(placed))
    article.save()
    for n in range(count):
        ArticleImageFactory(article=article, photo=photo(credit=f"Tác giả {n}"))
    # 1. article with its category and cover, which says it has photo rows (no documents or topics)
    # 2. captioned photos with their files  3. the body's photos  4. related articles  5. most read
    # 6. newest  7. site settings  8. menu  9. the next scheduled publication  10. without Redis, the view
    # counter (as in test_public_pages)
    with django_assert_num_queries(9 if settings.REDIS_URL else 10):
        html = client.get(article.get_absolute_url()).content.decode()
    assert html.count('class="photo-credit"') == 2 * count


LIBRARY = "/quan-tri/articles/article/thu-vien-anh/"


def credit_url(photo):
    return f"{LIBRARY}{photo.pk}/"


def test_the_picker_writes_the_credit_to_the_library_photo(editor_client):
    chosen = photo(alt_text="Cờ Đảng trên hội trường")

    answer = editor_client.post(credit_url(chosen), {"credit": "  Minh   Anh "})

    assert answer.status_code == 200
    assert answer.json()["photo"]["credit"] == "Minh Anh"
    chosen.refresh_from_db()
    assert chosen.credit == "Minh Anh"
    listed = editor_client.get(LIBRARY, {"q": "Minh Anh"}).json()["photos"]
    assert [(p["alt"], p["credit"]) for p in listed] == [("Cờ Đảng trên hội trường", "Minh Anh")]


def test_a_credit_too_long_is_refused_in_vietnamese_and_nothing_changes(editor_client):
    chosen = photo(credit="Minh Anh")

    answer = editor_client.post(credit_url(chosen), {"credit": "x" * 201})

    assert answer.status_code == 400
    assert answer.json()["error"]["message"] == "Tên tác giả ảnh dài quá: tối đa 200 ký tự."
    chosen.refresh_from_db()
    assert chosen.credit == "Minh Anh"


def test_a_writer_cannot_change_the_credit_of_a_published_articles_photo(writer_client):
    shown = photo(credit="Minh Anh")
    ArticleFactory(cover=shown)

    refused = writer_client.post(credit_url(shown), {"credit": "Người khác"})
    unchanged = writer_client.post(credit_url(shown), {"credit": "Minh Anh"})

    assert refused.status_code == 403
    assert "nhờ biên tập viên" in refused.json()["error"]["message"]
    assert writer_client.post(credit_url(shown), {"alt_text": "Khác"}).status_code == 403
    assert unchanged.status_code == 200  # the same credit: nothing to change, the photo can be placed
    shown.refresh_from_db()
    assert shown.credit == "Minh Anh"


def test_a_writer_credits_a_photo_they_just_uploaded(writer_client, writer):
    uploaded = photo(uploaded_by=writer)

    assert writer_client.post(credit_url(uploaded), {"credit": "Thu Hà"}).status_code == 200
    uploaded.refresh_from_db()
    assert uploaded.credit == "Thu Hà"


def test_the_credit_is_a_field_of_the_photo_admin(editor_client):
    shown = photo()

    form = editor_client.get(f"/quan-tri/articles/photo/{shown.pk}/change/").content.decode()

    assert 'name="credit"' in form and "Tác giả ảnh" in form


def test_the_credit_cannot_be_changed_by_a_get_or_by_a_reader(client, editor_client):
    shown = photo(credit="Minh Anh")

    assert editor_client.get(credit_url(shown)).status_code == 405
    client.logout()
    assert client.post(credit_url(shown), {"credit": "x"}).status_code == 302  # to the login page
    shown.refresh_from_db()
    assert shown.credit == "Minh Anh"


def test_the_picker_gives_a_photo_without_one_its_alt_text(editor_client):
    uploaded = photo(alt_text="")

    answer = editor_client.post(credit_url(uploaded), {"alt_text": "Đại biểu biểu quyết", "credit": ""})

    assert answer.json()["photo"]["alt"] == "Đại biểu biểu quyết"
    uploaded.refresh_from_db()
    assert (uploaded.alt_text, uploaded.credit) == ("Đại biểu biểu quyết", "")


def test_a_credit_given_in_the_picker_reaches_readers_of_a_cached_page_at_once(
    editor_client, site_settings, django_capture_on_commit_callbacks
):
    shown = photo()
    article = ArticleFactory(body=body_figure(shown, "Lễ chào cờ"))
    reader = Client()
    assert "photo-credit" not in reader.get(article.get_absolute_url()).content.decode()  # now cached

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(credit_url(shown), {"credit": "Minh Anh"})

    assert "Ảnh: Minh Anh</span>" in reader.get(article.get_absolute_url()).content.decode()
