"""An article's page finds its article with SQL written once per process (articles.models.compiled): the same
article, the same instances, and each request's own slug and time."""

import contextlib
import datetime

import pytest
from django.db.models import Exists, OuterRef
from django.db.models.signals import post_init, pre_init
from django.utils import timezone

from articles.models import Article, ArticleImage, Category, Document, Topic, article_page
from articles.models.compiled import CompiledQuery

from .factories import ArticleFactory, ArticleImageFactory, DocumentFactory, PhotoFactory, TopicFactory

pytestmark = pytest.mark.django_db


def as_the_queryset_gives(slug):
    """The article as Django's own queryset reads it, saying which of its page's other parts it has."""
    return (
        Article.objects.published()
        .for_reading()
        .filter(slug=slug)
        .annotate(
            has_photo_rows=Exists(ArticleImage.objects.filter(article=OuterRef("pk"))),
            has_documents=Exists(Document.objects.published().filter(articles=OuterRef("pk"))),
            has_topics=Exists(Topic.objects.filter(articles=OuterRef("pk"))),
        )
        .first()
    )


def test_the_article_is_the_one_the_queryset_gives_with_its_category_and_cover(django_assert_num_queries):
    article = ArticleFactory(
        title="Chi bộ khu phố 3 sinh hoạt chuyên đề", cover=PhotoFactory(credit="Minh Anh")
    )
    ArticleFactory(title="Một bài khác cùng ngày")

    with django_assert_num_queries(1):
        found = article_page.article(article.slug)
        # Joined in, as for_reading() has them: no query more.
        assert (found.category.name, found.cover.credit) == (article.category.name, "Minh Anh")

    expected = as_the_queryset_gives(article.slug)
    assert loaded_values(found) == loaded_values(expected)
    assert found.get_deferred_fields() == expected.get_deferred_fields() == {"search_title", "search_text"}


def loaded_values(article):
    loaded = [f for f in Article._meta.concrete_fields if f.attname not in article.get_deferred_fields()]
    return {f.attname: getattr(article, f.attname) for f in loaded}


def test_each_slug_finds_its_own_article():
    first, second = ArticleFactory(), ArticleFactory()

    assert article_page.article(first.slug) == first
    assert article_page.article(second.slug) == second
    assert article_page.article("khong-co-bai-nay") is None


def test_a_draft_is_not_found():
    draft = ArticleFactory(status=Article.Status.DRAFT)

    assert article_page.article(draft.slug) is None


def test_a_scheduled_article_is_found_from_its_time_on(time_machine):
    now = timezone.now()
    time_machine.move_to(now, tick=False)
    scheduled = ArticleFactory(published_at=now + datetime.timedelta(minutes=10))
    assert article_page.article(scheduled.slug) is None

    time_machine.move_to(now + datetime.timedelta(minutes=10), tick=False)
    assert article_page.article(scheduled.slug) == scheduled
    assert as_the_queryset_gives(scheduled.slug) == scheduled


def test_a_compiled_statement_refuses_to_ignore_a_filter():
    with pytest.raises(TypeError, match="among all articles"):
        Article.objects.filter(is_featured=True).by_id([1])


def test_a_value_written_into_the_sql_is_refused():
    # A slice's bounds are part of the statement, not parameters: each would need its own SQL.
    newest = CompiledQuery(lambda count: Article.objects.newest_first()[:count], count=5)

    with pytest.raises(ValueError, match="written into the SQL"):
        newest(count=3)


def test_by_id_gives_what_the_listing_queryset_gives_for_any_number_of_ids(django_assert_num_queries):
    articles = ArticleFactory.create_batch(7, cover=PhotoFactory())
    draft = ArticleFactory(status=Article.Status.DRAFT)

    for ids in [[articles[0].pk], [a.pk for a in articles[:3]], [a.pk for a in articles] + [draft.pk]]:
        with django_assert_num_queries(1):
            found = Article.objects.by_id(ids)
            # The category and cover joined in, as for_listing() has them.
            shown = {
                pk: (article.category.name, article.cover and article.cover.alt_text)
                for pk, article in found.items()
            }
        expected = Article.objects.for_listing().in_bulk(ids)
        assert found == expected
        assert shown == {pk: (a.category.name, a.cover and a.cover.alt_text) for pk, a in expected.items()}
        assert [loaded_values(found[pk]) for pk in ids] == [loaded_values(expected[pk]) for pk in ids]
    assert Article.objects.by_id([]) == {}
    assert Article.objects.by_id([articles[1].pk, articles[1].pk]) == {articles[1].pk: articles[1]}


def test_by_id_for_reading_gives_the_articles_with_their_bodies():
    articles = ArticleFactory.create_batch(3, body="<p>Nội dung đầy đủ của bài.</p>")

    found = Article.objects.by_id([a.pk for a in articles], for_reading=True)

    expected = Article.objects.for_reading().in_bulk([a.pk for a in articles])
    assert [loaded_values(found[a.pk]) for a in articles] == [loaded_values(expected[a.pk]) for a in articles]
    assert found[articles[0].pk].get_deferred_fields() == {"search_title", "search_text"}


def test_the_current_topics_are_those_of_the_day_it_is(time_machine, django_assert_num_queries):
    today = timezone.localdate()
    time_machine.move_to(timezone.now(), tick=False)
    TopicFactory(name="Chuyên đề đã xong", ends_on=today - datetime.timedelta(days=1))
    under_way = TopicFactory(name="Chuyên đề đang làm", starts_on=today, cover=PhotoFactory(alt_text="Bìa"))
    tomorrows = TopicFactory(name="Chuyên đề ngày mai", starts_on=today + datetime.timedelta(days=1))

    with django_assert_num_queries(1):
        current = Topic.objects.current_with_covers(4)
        assert [(t, t.cover and t.cover.alt_text) for t in current] == [(under_way, "Bìa")]
    assert current == list(Topic.objects.current().select_related("cover")[:4])

    time_machine.move_to(timezone.now() + datetime.timedelta(days=1), tick=False)
    assert set(Topic.objects.current_with_covers(4)) == {under_way, tomorrows}
    assert Topic.objects.current_with_covers(1) == list(Topic.objects.current()[:1])


def test_what_an_article_page_shows_beside_it_is_what_its_related_managers_give(
    reader_site, django_assert_num_queries
):
    article = reader_site.article
    first = article.photos.get()
    ArticleImageFactory(article=article, caption="Ảnh thứ hai", position=first.position + 1)
    later = DocumentFactory(number="16-NQ/TU", published_at=timezone.now() + datetime.timedelta(days=1))
    later.articles.add(article)  # not yet published: not shown

    read = article_page.article(article.slug)
    assert (read.has_photo_rows, read.has_documents, read.has_topics) == (True, True, True)
    with django_assert_num_queries(3):
        rows = article_page.photo_rows(read)
        documents = article_page.documents_about(read)
        topics = article_page.topics_of(read)
        photos_alt = [row.photo.alt_text for row in rows]  # joined in: no query

    assert rows == list(article.photos.select_related("photo"))
    assert [row.caption for row in rows] == ["Hai đảng viên mới tuyên thệ", "Ảnh thứ hai"]
    assert photos_alt == [row.photo.alt_text for row in article.photos.select_related("photo")]
    assert documents == list(Document.objects.published().for_listing().filter(articles=article))
    assert documents == [reader_site.document]
    assert topics == list(article.topics.only("name", "slug")) == [reader_site.topic]
    assert topics[0].get_deferred_fields() == article.topics.only("name", "slug")[0].get_deferred_fields()


def test_an_article_without_photo_rows_documents_or_topics_asks_for_none(django_assert_num_queries):
    """Its own query says which it has: only those are asked for, each when it has some."""
    bare = ArticleFactory(title="Bài chỉ có chữ")
    with_photo = ArticleFactory(title="Bài có ảnh")
    ArticleImageFactory(article=with_photo)
    with_document, with_topic = ArticleFactory(), ArticleFactory()
    DocumentFactory().articles.add(with_document)
    unpublished = DocumentFactory(status=Document.Status.DRAFT)
    unpublished.articles.add(bare)  # not shown: it does not count
    TopicFactory().articles.add(with_topic)

    def asked(article, queries):
        read = article_page.article(article.slug)
        with django_assert_num_queries(queries):
            parts = (
                article_page.photo_rows(read),
                article_page.documents_about(read),
                article_page.topics_of(read),
            )
        return [len(part) for part in parts]

    assert asked(bare, 0) == [0, 0, 0]
    assert asked(with_photo, 1) == [1, 0, 0]
    assert asked(with_document, 1) == [0, 1, 0]
    assert asked(with_topic, 1) == [0, 0, 1]


def test_an_article_read_otherwise_has_its_parts_asked_for(django_assert_num_queries):
    """A preview's article is not read by article_page.article(): its parts are asked for all the same."""
    article = ArticleFactory()
    TopicFactory().articles.add(article)
    previewed = Article.objects.for_reading().get(pk=article.pk)

    with django_assert_num_queries(3):
        parts = article_page.photo_rows(previewed), article_page.documents_about(previewed)
        topics = article_page.topics_of(previewed)
    assert (parts, len(topics)) == (([], []), 1)


def test_a_queryset_of_values_is_refused():
    ids = CompiledQuery(lambda slug: Article.objects.filter(slug=slug).values_list("pk"), slug="a-slug")

    with pytest.raises(ValueError, match="model instances"):
        ids(slug="bai-viet")


def as_made(instance):
    """What an instance holds: its values, its state and the related instances joined in, each as made."""
    state = instance._state
    related = {name: as_made(other) if other else other for name, other in state.fields_cache.items()}
    values = {name: value for name, value in vars(instance).items() if name != "_state"}
    return type(instance), values, (state.adding, state.db), related


def test_instances_are_made_as_django_makes_them():
    """Made without Model.__init__: the same values, deferred fields, state and joined instances, and a
    photo's dimensions filled in by its file field as on any instance."""
    cover = PhotoFactory(alt_text="Lễ kết nạp", credit="Minh Anh")
    article = ArticleFactory(title="Lễ kết nạp đảng viên mới", cover=cover)
    ArticleFactory(title="Bài không có ảnh đại diện")

    found = article_page.article(article.slug)
    listed = Article.objects.by_id(Article.objects.values_list("pk", flat=True))

    assert as_made(found) == as_made(as_the_queryset_gives(article.slug))
    expected = Article.objects.for_listing().in_bulk()
    assert {pk: as_made(a) for pk, a in listed.items()} == {pk: as_made(a) for pk, a in expected.items()}
    assert (found.cover.width, found.cover.height) == (cover.width, cover.height)
    found.title = "Lễ kết nạp đảng viên"
    found.save(update_fields=["title"])  # an existing row: an UPDATE, as for any article read
    assert Article.objects.get(pk=article.pk).title == "Lễ kết nạp đảng viên"


def test_the_signals_of_making_an_instance_are_sent_as_django_sends_them():
    article = ArticleFactory(cover=PhotoFactory())
    made = []

    def after(sender, instance, **kwargs):
        made.append(("post_init", sender, instance.pk))

    def before(sender, args, kwargs, **more):
        made.append(("pre_init", sender, args[0]))

    with connected(post_init, after):
        article_page.article(article.slug)
    assert made == [("post_init", Article, article.pk), ("post_init", Category, article.category_id)]

    made.clear()
    with connected(pre_init, before), connected(post_init, after):
        found = article_page.article(article.slug)
    assert made == [
        ("pre_init", Article, article.pk),
        ("post_init", Article, article.pk),
        ("pre_init", Category, article.category_id),
        ("post_init", Category, article.category_id),
    ]
    assert as_made(found) == as_made(as_the_queryset_gives(article.slug))


@contextlib.contextmanager
def connected(signal, receiver):
    # Only for articles and categories: a photo's own receiver is there all along.
    for model in (Article, Category):
        signal.connect(receiver, sender=model)
    try:
        yield
    finally:
        for model in (Article, Category):
            signal.disconnect(receiver, sender=model)


def test_a_model_with_its_own_from_db_gets_it(monkeypatch):
    article = ArticleFactory()
    django_from_db = Article.from_db.__func__

    def own_from_db(cls, db, field_names, values):
        made = django_from_db(cls, db, field_names, values)
        made.made_by_its_own = True
        return made

    monkeypatch.setattr(Article, "from_db", classmethod(own_from_db))

    found = article_page.article(article.slug)

    assert found.made_by_its_own
    assert not hasattr(found.category, "made_by_its_own")  # a category is made as before
