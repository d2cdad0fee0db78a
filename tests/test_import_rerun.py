"""Running an import again updates what changed and never duplicates anything."""

import json

import pytest

from articles.models import Article, ArticleImage, ArticleRedirect, LegacyRedirect, Page, Photo

from .importing import import_articles, import_wordpress, make_uploads, meta, write_export

pytestmark = pytest.mark.django_db


def counts():
    models = (Article, ArticleImage, Photo, LegacyRedirect, ArticleRedirect, Page)
    return [model.objects.count() for model in models]


def test_a_second_run_changes_nothing(tmp_path, media_root):
    uploads = str(make_uploads(tmp_path / "uploads"))
    import_wordpress(uploads=uploads)
    before = counts()
    versions = dict(Article.objects.values_list("pk", "version"))
    files = sorted(media_root.rglob("*.*"))

    report = import_wordpress(uploads=uploads)

    assert "Bài viết: 0 mới, 0 cập nhật, 6 không đổi" in report
    assert "Trang tĩnh: 0 mới, 0 cập nhật, 1 không đổi" in report
    assert "Ảnh chép vào thư viện ảnh: 0" in report
    assert "Đường dẫn cũ mới được chuyển hướng (301) sang địa chỉ mới: 0" in report
    assert counts() == before
    assert dict(Article.objects.values_list("pk", "version")) == versions
    assert sorted(media_root.rglob("*.*")) == files


def test_an_edit_on_the_old_site_updates_the_article_and_leaves_a_revision(tmp_path):
    post = {"title": "Tiêu đề cũ", "content": "Đoạn cũ.", "post_name": "bai-thu"}
    import_wordpress(str(write_export(tmp_path / "e.xml", post)))
    article = Article.objects.get()

    edited = {**post, "title": "Tiêu đề đã sửa", "content": "Đoạn mới.", "post_name": "bai-thu-moi"}
    report = import_wordpress(str(write_export(tmp_path / "e.xml", edited)))

    assert "Bài viết: 0 mới, 1 cập nhật, 0 không đổi" in report
    updated = Article.objects.get()
    assert updated.pk == article.pk
    assert (updated.title, updated.body, updated.slug) == (
        "Tiêu đề đã sửa",
        "<p>Đoạn mới.</p>",
        "bai-thu-moi",
    )
    assert [r.note for r in updated.revisions.all()] == ["Nhập lại từ WordPress", "Nhập từ WordPress"]
    assert updated.revisions.first().created_by is None
    # The slug changed on the old site: our old address still answers.
    assert ArticleRedirect.objects.get(old_slug="bai-thu").article == updated


def test_a_newer_view_count_raises_ours_but_never_lowers_it(tmp_path):
    import_wordpress(str(write_export(tmp_path / "e.xml", {"extra": meta("views", "10")})))
    Article.objects.update(view_count=50)  # read on the new site since

    import_wordpress(str(write_export(tmp_path / "e.xml", {"extra": meta("views", "12")})))
    assert Article.objects.get().view_count == 50

    import_wordpress(str(write_export(tmp_path / "e.xml", {"extra": meta("views", "70")})))
    assert Article.objects.get().view_count == 70


def test_a_photo_added_on_the_old_site_is_added_here(tmp_path):
    uploads = make_uploads(tmp_path / "uploads")
    import_wordpress(str(write_export(tmp_path / "e.xml", {"content": "Chữ."})), uploads=str(uploads))

    content = (
        'Chữ.\n\n[caption]<img src="/wp-content/uploads/2019/06/dai-bieu-1024x683.jpg"> Đại biểu[/caption]'
    )
    report = import_wordpress(
        str(write_export(tmp_path / "e.xml", {"content": content})), uploads=str(uploads)
    )

    assert "1 cập nhật" in report
    assert Article.objects.get().photos.get().caption == "Đại biểu"


def test_two_posts_sharing_a_guid_both_come(tmp_path):
    export = write_export(
        tmp_path / "e.xml", {"post_id": "7", "title": "Một"}, {"post_id": "7", "title": "Hai"}
    )

    import_wordpress(str(export))
    import_wordpress(str(export))

    assert sorted(Article.objects.values_list("title", flat=True)) == ["Hai", "Một"]


def test_a_jsonl_file_imported_twice_is_not_duplicated(tmp_path):
    line = {
        "title": "Bài cổng cũ",
        "category": "Tin tức",
        "published_at": "2018-02-03T08:00:00",
        "old_url": "/a",
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(line) + "\n")

    import_articles(tmp_path / "a.jsonl")
    report = import_articles(tmp_path / "a.jsonl")

    assert "Bài viết: 0 mới, 0 cập nhật, 1 không đổi" in report
    assert Article.objects.count() == 1
