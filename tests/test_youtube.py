"""A YouTube clip: stored as a video figure with its title, shown as a poster; the player only on a click."""

import pytest

from articles.models import Article
from articles.videos import store_clips

from .test_dates import post_article

pytestmark = pytest.mark.django_db
CLIP = '<p><a href="https://youtu.be/dQw4w9WgXcQ?t=42">Lễ kết nạp đảng viên mới</a></p>'


@pytest.mark.parametrize(
    "address",
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://m.youtube.com/watch?feature=share&amp;v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
    ],
)
def test_each_form_of_a_youtube_address_is_stored_as_the_same_video_figure(address):
    stored = store_clips(f'<p>Mở đầu.</p><p><a href="{address}">Lễ kết nạp</a></p>')

    assert stored == (
        '<p>Mở đầu.</p><figure class="video"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
        "Lễ kết nạp</a></figure>"
    )


def test_a_link_to_youtube_inside_a_sentence_stays_a_link():
    sentence = '<p>Xem <a href="https://youtu.be/dQw4w9WgXcQ">phim</a> trên YouTube.</p>'

    assert store_clips(sentence) == sentence


def test_a_clip_is_saved_as_a_video_and_readers_get_a_poster_without_any_third_party_request(
    editor_client, client, site_settings
):
    post_article(editor_client, "14-01-2021", body=f"<p>Mở đầu.</p>{CLIP}", _action="publish")

    article = Article.objects.get()
    assert '<figure class="video"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in article.body
    client.logout()
    response = client.get(article.get_absolute_url())
    page = response.content.decode()
    assert '<button type="button" class="video-play" data-youtube="dQw4w9WgXcQ"' in page
    assert "Phát video: Lễ kết nạp đảng viên mới" in page
    # Nothing on the page loads from YouTube: no frame, no image, no script; only a link to follow.
    assert "<iframe" not in page and "ytimg" not in page and "youtube-nocookie" not in page
    policy = response["Content-Security-Policy"]
    assert "frame-src https://www.youtube-nocookie.com" in policy
    assert "script-src 'self'" in policy and "img-src 'self' data:" in policy


def test_a_clip_without_a_title_is_refused_and_nothing_is_saved(editor_client):
    untitled = '<p><a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a></p>'

    response = post_article(editor_client, "14-01-2021", body=untitled, _action="draft")

    assert not Article.objects.exists()
    assert "Đoạn phim YouTube cần một tiêu đề" in response.content.decode()


@pytest.mark.parametrize("title", ["", "  ", "https://youtu.be/dQw4w9WgXcQ"])
def test_a_video_figure_from_the_editor_without_a_title_is_refused(editor_client, title):
    untitled = (
        f'<figure class="video"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">{title}</a></figure>'
    )

    response = post_article(editor_client, "14-01-2021", body=untitled, _action="draft")

    assert not Article.objects.exists()
    assert "Đoạn phim YouTube cần một tiêu đề" in response.content.decode()


def test_a_video_figure_from_the_editor_is_stored_as_it_is(editor_client):
    address = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    clip = f'<figure class="video"><a href="{address}">Lễ kết nạp &amp; tuyên thệ</a></figure>'

    post_article(editor_client, "14-01-2021", body=clip, _action="draft")

    # As a pasted clip paragraph is stored (the sanitiser adds the link's rel).
    assert Article.objects.get().body == clip.replace(
        f'{address}">', f'{address}" rel="noopener noreferrer">'
    )


def test_an_old_article_with_photo_markers_renders_as_before(client, site_settings):
    from .factories import ArticleFactory, ArticleImageFactory

    article = ArticleFactory(body="<p>Đầu.</p><p>[ảnh 1]</p><p>Cuối.</p>")
    ArticleImageFactory(article=article, caption="Chú thích ảnh một")

    page = client.get(article.get_absolute_url()).content.decode()

    assert "<figcaption>Chú thích ảnh một</figcaption>" in page and "[ảnh 1]" not in page
