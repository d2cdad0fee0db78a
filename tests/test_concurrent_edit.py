import pytest
from django.test import Client

from articles.models import Article

from .factories import ArticleFactory, UserFactory
from .test_admin import article_form

pytestmark = pytest.mark.django_db


def test_second_save_of_the_same_version_is_refused_and_keeps_its_text(site_settings):
    article = ArticleFactory(title="Bản gốc")
    url = f"/quan-tri/articles/article/{article.pk}/change/"
    first, second = Client(), Client()
    first.force_login(UserFactory(username="an", group="Biên tập viên"))
    second.force_login(UserFactory(username="binh", group="Biên tập viên"))
    # Both open the form on the same version.
    version = first.get(url).context["adminform"].form["expected_version"].value()
    assert second.get(url).context["adminform"].form["expected_version"].value() == version

    def form(title):
        return article_form(
            article.category, title=title, expected_version=version, **{"photos-TOTAL_FORMS": "0"}
        )

    assert first.post(url, form("Bản của An")).status_code == 302
    refused = second.post(url, form("Bản của Bình"))

    html = refused.content.decode()
    assert refused.status_code == 200
    assert "Bài viết vừa được an lưu lúc" in html
    assert 'value="Bản của Bình"' in html  # nothing Bình typed is lost
    assert Article.objects.get(pk=article.pk).title == "Bản của An"

    # Having read the warning, Bình may save again on purpose; An's text stays in the revisions.
    again = refused.context["adminform"].form.data.copy()
    assert second.post(url, again).status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Bản của Bình"
    assert [r.data["title"] for r in article.revisions.order_by("pk")] == ["Bản của An", "Bản của Bình"]
