"""`make backup` writes the views waiting in Redis to the database first, so the archive has them."""

import pytest
from django.conf import settings
from django.core.management import call_command

from .factories import ArticleFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not settings.REDIS_URL, reason="views wait in Redis only with REDIS_URL"),
]


def test_a_backup_first_writes_the_views_waiting_in_redis(client, site_settings, tmp_path, capsys):
    article = ArticleFactory(view_count=100)
    for _ in range(3):
        client.get(article.get_absolute_url())
    article.refresh_from_db()
    assert article.view_count == 100  # waiting in Redis

    call_command("backup", output_dir=tmp_path)

    article.refresh_from_db()
    assert article.view_count == 103
    output = capsys.readouterr().out
    assert output.index("Đã ghi 3 lượt xem") < output.index("Đã sao lưu")
