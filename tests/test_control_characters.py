"""Control characters pasted from Word or a PDF never reach what is stored, and never break the feeds."""

import json
import xml.etree.ElementTree as ET

import pytest

from articles.models import Article, ArticleImage, Category
from articles.text import strip_control_characters

from .factories import ArticleFactory, CategoryFactory
from .importing import import_articles, import_wordpress, write_export
from .test_admin import ADD_URL, article_form

pytestmark = pytest.mark.django_db

# A title pasted from Word: a manual line break (\x0b), a page break (\x0c), an optional hyphen (\x1f), a
# zero-width no-break space (U+FEFF), and a PDF's stray \x02 and DEL.
WORD_TITLE = "\ufeffHội nghị Ban Chấp hành\x0bĐảng bộ tỉnh lần thứ\x0c 12\x1f\x02\x7f"
CLEAN_TITLE = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ  12"
WORD_LEAD = "Sáng 14/01, hội nghị khai mạc.\x0bĐồng chí Bí thư phát biểu\x08.\r\n\tChiều\x1e tối bế mạc."
CLEAN_LEAD = "Sáng 14/01, hội nghị khai mạc.\nĐồng chí Bí thư phát biểu.\n\tChiều- tối bế mạc."

XML_FORBIDDEN = set(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]))


def rss(client, url):
    response = client.get(url)
    assert response.status_code == 200
    ET.fromstring(response.content)  # well-formed XML, or this raises
    text = response.content.decode()
    assert not XML_FORBIDDEN & set(text)
    return text


def test_word_text_keeps_its_words_and_loses_its_controls():
    assert strip_control_characters(WORD_TITLE) == CLEAN_TITLE
    assert strip_control_characters(WORD_LEAD, multiline=True) == CLEAN_LEAD
    # A title is one line: tabs and line breaks become spaces.
    assert strip_control_characters("Tin\tmới\nnhất") == "Tin mới nhất"


def test_an_article_pasted_from_word_is_stored_clean_and_the_feeds_show_it(editor_client, client):
    category = CategoryFactory(name="Tin xây dựng Đảng")

    response = editor_client.post(
        ADD_URL,
        article_form(
            category,
            title=WORD_TITLE,
            lead=WORD_LEAD,
            byline="Nguyễn\x0bThị Hoa",
            **{"photos-0-caption": "Toàn cảnh\x0bhội nghị\ufeff"},
        ),
    )

    assert response.status_code == 302, response.context and response.context["errors"]
    article = Article.objects.get()
    assert article.title == CLEAN_TITLE
    assert article.lead == CLEAN_LEAD
    assert article.byline == "Nguyễn Thị Hoa"
    assert ArticleImage.objects.get().caption == "Toàn cảnh hội nghị"
    client.logout()
    assert CLEAN_TITLE in rss(client, "/rss/")
    assert CLEAN_TITLE in rss(client, f"/chuyen-muc/{category.slug}/rss/")


def test_a_title_of_nothing_but_pasted_controls_is_refused_as_empty(editor_client):
    category = CategoryFactory()

    response = editor_client.post(ADD_URL, article_form(category, title="\ufeff\x02\x1f"))

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["title"] == ["Trường này không được để trắng."]
    assert not Article.objects.exists()


def test_the_feeds_answer_even_for_text_stored_with_control_characters(client, site_settings):
    article = ArticleFactory(title="Bài cũ", category=CategoryFactory(name="Tin tức"))
    # Written around save(), as rows stored before the cleaning was added are.
    Article.objects.filter(pk=article.pk).update(title=WORD_TITLE, lead=WORD_LEAD)
    Category.objects.filter(pk=article.category_id).update(name="Tin\x0btức", description="Mô tả\x01")

    site_feed = rss(client, "/rss/")
    category_feed = rss(client, f"/chuyen-muc/{article.category.slug}/rss/")

    for feed in (site_feed, category_feed):
        assert "Hội nghị Ban Chấp hành" in feed and "Đảng bộ tỉnh lần thứ" in feed
        assert "Đồng chí Bí thư phát biểu" in feed
    assert "Tin\ntức" in category_feed


def test_a_jsonl_import_stores_clean_text(tmp_path):
    line = {
        "title": WORD_TITLE,
        "lead": WORD_LEAD,
        "body": "<p>Đoạn một\x0bdòng hai\x02.</p>",
        "published_at": "2021-01-14T08:00:00",
        "source_name": "Báo\x0bQuảng Ninh",
    }
    path = tmp_path / "bai.jsonl"
    # An export script that wrote the pasted characters as they are: valid JSON only when read leniently.
    path.write_text(json.dumps(line, ensure_ascii=False).replace("\\u000b", "\x0b") + "\n", encoding="utf-8")

    import_articles(path)

    article = Article.objects.get()
    # The importer collapses runs of spaces in a title and lead, as it always has.
    assert article.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12"
    assert article.lead == "Sáng 14/01, hội nghị khai mạc. Đồng chí Bí thư phát biểu. Chiều- tối bế mạc."
    assert article.source_name == "Báo Quảng Ninh"
    assert "\x02" not in article.body and "\x0b" not in article.body


def test_a_wordpress_export_with_pasted_controls_imports(tmp_path):
    export = write_export(
        tmp_path / "export.xml",
        {
            "title": WORD_TITLE,
            "excerpt": "Sapo\x0btừ Word\x1f.",
            "content": "Đoạn một\x0bdòng hai\x0c.\n\nĐoạn hai\x02.",
            "category_name": "Tin\x0btức",
        },
    )

    import_wordpress(str(export))

    article = Article.objects.get()
    assert article.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12"
    assert article.lead == "Sapo từ Word."
    assert "\x02" not in article.body and "\x0c" not in article.body
    assert "dòng hai" in article.body
    assert article.category.name == "Tin tức"
