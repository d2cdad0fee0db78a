"""The archive's PDF and Office attachments come into the document library; tags can become topics."""

import pytest

from articles.models import Article, Document, DocumentFile, Topic

from . import document_files
from .importing import import_wordpress, write_export

pytestmark = pytest.mark.django_db

ATTACHMENT = """
<item>
  <title><![CDATA[{title}]]></title>
  <wp:post_id>{post_id}</wp:post_id>
  <wp:post_date><![CDATA[2021-03-05 09:15:00]]></wp:post_date>
  <wp:post_date_gmt><![CDATA[2021-03-05 02:15:00]]></wp:post_date_gmt>
  <wp:status><![CDATA[inherit]]></wp:status>
  <wp:post_type><![CDATA[attachment]]></wp:post_type>
  <wp:attachment_url><![CDATA[http://cu.example.vn/wp-content/uploads/{path}]]></wp:attachment_url>
</item>"""


def export_with_attachments(tmp_path, content, attachments, *, extra=""):
    export = write_export(tmp_path / "e.xml", {"content": content, "extra": extra})
    items = "".join(ATTACHMENT.format(**attachment) for attachment in attachments)
    export.write_text(export.read_text().replace("</channel>", items + "</channel>"), encoding="utf-8")
    return export


@pytest.fixture
def uploads(tmp_path):
    folder = tmp_path / "uploads" / "2021" / "03"
    folder.mkdir(parents=True)
    (folder / "nghi-quyet-15-nq-tu.pdf").write_bytes(document_files.pdf_bytes())
    (folder / "ke-hoach.docx").write_bytes(document_files.docx_bytes())
    (folder / "chuong-trinh.exe.pdf").write_bytes(document_files.elf_bytes())
    (folder / "bao-cao.docm.docx").write_bytes(document_files.docm_bytes())
    return tmp_path / "uploads"


CONTENT = (
    'Tải <a href="http://cu.example.vn/wp-content/uploads/2021/03/nghi-quyet-15-nq-tu.pdf">nghị quyết</a>, '
    '<a href="/wp-content/uploads/2021/03/chuong-trinh.exe.pdf">tệp lạ</a> và '
    '<a href="/wp-content/uploads/2021/03/khong-co.pdf">tệp mất</a>.'
)
ATTACHMENTS = [
    {
        "title": "Nghị quyết 15-NQ/TU về phát triển đảng viên",
        "post_id": "21",
        "path": "2021/03/nghi-quyet-15-nq-tu.pdf",
    },
    {"title": "Kế hoạch học tập chuyên đề năm 2021", "post_id": "22", "path": "2021/03/ke-hoach.docx"},
    {"title": "Báo cáo có macro", "post_id": "23", "path": "2021/03/bao-cao.docm.docx"},
]


def test_attachments_become_documents_and_links_in_bodies_point_to_them(
    client, site_settings, tmp_path, uploads
):
    report = import_wordpress(
        str(export_with_attachments(tmp_path, CONTENT, ATTACHMENTS)), uploads=str(uploads)
    )

    resolution = Document.objects.get(number="15-NQ/TU")
    assert resolution.document_type.name == "Nghị quyết"
    assert resolution.abstract == "Nghị quyết 15-NQ/TU về phát triển đảng viên"
    assert str(resolution.issued_on) == "2021-03-05" and resolution.is_visible
    plan = Document.objects.get(document_type__name="Kế hoạch")
    assert plan.number == "Không số"  # for the editors to complete, as the report says
    assert Document.objects.count() == 2 and DocumentFile.objects.count() == 2
    article = Article.objects.get()
    stored = resolution.files.get()
    assert f'href="{stored.get_absolute_url()}"' in article.body
    assert "/wp-content/uploads/2021/03/chuong-trinh.exe.pdf" in article.body  # refused: left as it was
    assert list(resolution.articles.all()) == [article]
    assert "Tệp PDF, Word, Excel chép vào thư viện văn bản: 2" in report
    assert "2021/03/chuong-trinh.exe.pdf: Chỉ nhận tệp PDF, Word" in report
    assert "2021/03/bao-cao.docm.docx: Tệp Office có chứa macro" in report
    assert "2021/03/khong-co.pdf: không có trong thư mục tệp tải lên" in report
    assert "Văn bản cần bổ sung số, ký hiệu, loại hoặc cơ quan ban hành" in report
    # Readers find the resolution by a word inside its PDF, and download it.
    assert list(client.get("/van-ban/", {"q": "quan chung uu tu"}).context["page"]) == [resolution]
    download = client.get(stored.get_absolute_url())
    assert download["Content-Type"] == "application/pdf"
    assert "nghi-quyet-15-nq-tu.pdf" in download["Content-Disposition"]


def test_a_second_import_reuses_the_documents(tmp_path, uploads):
    export = export_with_attachments(tmp_path, CONTENT, ATTACHMENTS)
    import_wordpress(str(export), uploads=str(uploads))
    body = Article.objects.get().body

    report = import_wordpress(str(export), uploads=str(uploads))

    assert Document.objects.count() == 2 and DocumentFile.objects.count() == 2
    assert Article.objects.get().body == body
    assert "Bài viết: 0 mới, 0 cập nhật, 1 không đổi" in report


def test_a_dry_run_counts_the_documents_and_writes_none(tmp_path, uploads):
    report = import_wordpress(
        str(export_with_attachments(tmp_path, CONTENT, ATTACHMENTS)), uploads=str(uploads), dry_run=True
    )

    assert "Tệp PDF, Word, Excel chép vào thư viện văn bản: 2" in report
    assert not Document.objects.exists() and not DocumentFile.objects.exists()


TAGS = (
    '<category domain="post_tag" nicename="dai-hoi-dang-bo"><![CDATA[Đại hội Đảng bộ các cấp]]></category>'
    '<category domain="post_tag" nicename="hoc-tap-bac-ho"><![CDATA[Học tập và làm theo Bác]]></category>'
)


def test_tags_become_topics_when_asked(client, site_settings, tmp_path):
    export = write_export(tmp_path / "e.xml", {"extra": TAGS})

    report = import_wordpress(str(export), tags_as_topics=True)
    again = import_wordpress(str(export), tags_as_topics=True)

    article = Article.objects.get()
    assert sorted(t.name for t in article.topics.all()) == [
        "Học tập và làm theo Bác",
        "Đại hội Đảng bộ các cấp",
    ]
    assert Topic.objects.get(name="Đại hội Đảng bộ các cấp").slug == "dai-hoi-dang-bo"
    assert "Chuyên đề từ thẻ (tag): 2 mới, 0 đã có" in report
    assert "Chuyên đề từ thẻ (tag): 0 mới, 2 đã có" in again
    assert Topic.objects.count() == 2
    assert article.title in client.get("/chuyen-de/dai-hoi-dang-bo/").content.decode()


def test_without_the_option_tags_are_only_counted(tmp_path):
    report = import_wordpress(str(write_export(tmp_path / "e.xml", {"extra": TAGS})))

    assert not Topic.objects.exists()
    assert "dùng --tags-as-topics để nhập thành chuyên đề): 2 thẻ trên 1 bài" in report
