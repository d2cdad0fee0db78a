import datetime

import pytest
from django.utils import timezone

from articles.models import Article, Document, Topic, TopicFeature

from .factories import ArticleFactory, CategoryFactory, DocumentFactory, PhotoFactory, TopicFactory
from .test_admin import ADD_URL as ARTICLE_ADD_URL
from .test_admin import article_form

pytestmark = pytest.mark.django_db


def hours_ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def test_topic_page_lists_the_featured_items_first_in_their_order_then_the_rest_newest_first(
    client, site_settings
):
    topic = TopicFactory(name="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
    old_article = ArticleFactory(title="Bài cũ được chọn", published_at=hours_ago(100))
    newest = ArticleFactory(title="Bài mới nhất", published_at=hours_ago(1))
    middle = DocumentFactory(number="05-KH/TU", published_at=hours_ago(5))
    chosen_document = DocumentFactory(number="01-CT/TU", published_at=hours_ago(50))
    oldest = ArticleFactory(title="Bài cũ nhất", published_at=hours_ago(200))
    draft = ArticleFactory(title="Bản nháp", status=Article.Status.DRAFT)
    topic.articles.add(old_article, newest, oldest, draft)
    topic.documents.add(middle, chosen_document)
    TopicFeature.objects.create(topic=topic, document=chosen_document, position=1)
    TopicFeature.objects.create(topic=topic, article=old_article, position=2)
    TopicFeature.objects.create(topic=topic, article=draft, position=3)  # not shown until published

    response = client.get(topic.get_absolute_url())

    assert response.context["features"] == [chosen_document, old_article]
    assert response.context["items"] == [newest, middle, oldest]
    html = response.content.decode()
    order = [
        "Nghị quyết số 01-CT/TU",
        "Bài cũ được chọn",
        "Bài mới nhất",
        "Nghị quyết số 05-KH/TU",
        "Bài cũ nhất",
    ]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert "Bản nháp" not in html


def test_topic_page_is_paginated_and_features_only_lead_the_first_page(client, site_settings):
    topic = TopicFactory()
    articles = [ArticleFactory(published_at=hours_ago(n)) for n in range(1, 15)]
    topic.articles.add(*articles)
    featured = ArticleFactory(title="Bài được chọn")
    TopicFeature.objects.create(topic=topic, article=featured)

    first = client.get(topic.get_absolute_url())
    second = client.get(topic.get_absolute_url(), {"trang": 2})

    assert first.context["features"] == [featured]
    assert first.context["items"] == articles[:12]
    assert second.context["features"] == []
    assert second.context["items"] == articles[12:]
    assert "Trang 2 / 2" in second.content.decode()


def test_editor_puts_an_article_in_topics_from_the_article_form_and_its_page_names_them(
    client, editor_client, site_settings
):
    congress = TopicFactory(name="Đại hội Đảng bộ các cấp nhiệm kỳ 2025–2030")
    TopicFactory(name="Chuyên đề khác")
    category = CategoryFactory()
    data = article_form(category, topics=[congress.pk])
    data.pop("photos-0-upload")
    data.update({"photos-TOTAL_FORMS": "0"})

    response = editor_client.post(ARTICLE_ADD_URL, data)

    assert response.status_code == 302, response.context and response.context["errors"]
    article = Article.objects.get()
    assert list(article.topics.all()) == [congress]
    editor_client.logout()
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'Chuyên đề: <a href="{congress.get_absolute_url()}">{congress.name}</a>' in html
    assert article.title in client.get(congress.get_absolute_url()).content.decode()


def test_current_topics_are_on_the_home_page_and_past_ones_stay_reachable(client, site_settings):
    today = timezone.localdate()
    current = TopicFactory(name="Chuyên đề đang diễn ra", starts_on=today - datetime.timedelta(days=10))
    past = TopicFactory(
        name="Chuyên đề đã qua",
        starts_on=today - datetime.timedelta(days=400),
        ends_on=today - datetime.timedelta(days=300),
    )

    home = client.get("/").content.decode()
    index = client.get("/chuyen-de/")

    assert current.name in home and past.name not in home
    assert index.context["current"] == [current] and index.context["past"] == [past]
    assert client.get(past.get_absolute_url()).status_code == 200


def test_topic_feed_lists_its_articles_and_documents_newest_first(client, site_settings):
    topic = TopicFactory()
    article = ArticleFactory(title="Bài trong chuyên đề", published_at=hours_ago(2))
    document = DocumentFactory(number="07-HD/BTGTU", published_at=hours_ago(1))
    ArticleFactory(title="Bài ngoài chuyên đề")
    topic.articles.add(article)
    topic.documents.add(document)

    feed = client.get(f"{topic.get_absolute_url()}rss/").content.decode()

    assert feed.index("Nghị quyết số 07-HD/BTGTU") < feed.index("Bài trong chuyên đề")
    assert "Bài ngoài chuyên đề" not in feed


def test_a_topic_ending_before_it_starts_is_refused_in_the_admin(editor_client):
    response = editor_client.post(
        "/quan-tri/articles/topic/add/",
        {
            "name": "Chuyên đề sai ngày",
            "slug": "",
            "intro": "",
            "starts_on": "14/01/2025",
            "ends_on": "01/01/2025",
            "position": "0",
            "features-TOTAL_FORMS": "0",
            "features-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 200
    assert "Ngày kết thúc phải sau ngày bắt đầu." in response.content.decode()
    assert not Topic.objects.exists()


@pytest.fixture
def topic_with_items():
    def make(count):
        topic = TopicFactory(cover=PhotoFactory())
        for n in range(count):
            article = ArticleFactory(cover=PhotoFactory(), published_at=hours_ago(n + 1))
            document = DocumentFactory(published_at=hours_ago(n + 1))
            topic.articles.add(article)
            topic.documents.add(document)
            TopicFeature.objects.create(topic=topic, article=ArticleFactory(cover=PhotoFactory()), position=n)
            TopicFeature.objects.create(topic=topic, document=DocumentFactory(), position=n)
        return topic

    return make


@pytest.mark.parametrize("count", [1, 10])
def test_topic_page_query_count_does_not_grow(
    client, site_settings, topic_with_items, count, django_assert_num_queries
):
    topic = topic_with_items(count)
    assert Document.objects.count() == 2 * count
    # Cold cache: 1. the topic with its cover  2. count of its articles and documents (one UNION)
    # 3. the page's rows  4. the page's articles with category and cover  5. the page's documents with type
    # and issuer  6. the featured items with theirs  7. site settings  8. menu
    # 9. the next scheduled publication
    with django_assert_num_queries(9):
        assert client.get(topic.get_absolute_url()).status_code == 200
    with django_assert_num_queries(0):
        assert client.get(topic.get_absolute_url()).status_code == 200
