import datetime
import json
import re
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from articles.models import Document, DocumentFile, DocumentSubject, DocumentType

from . import document_files
from .factories import (
    ArticleFactory,
    DocumentFactory,
    DocumentFileFactory,
    IssuerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

ADD_URL = "/quan-tri/articles/document/add/"
PDF_TYPE = "application/pdf"


def document_form(issuer, upload, **overrides):
    """What the admin's add form posts: a resolution with one file in the inline."""
    data = {
        "document_type": DocumentType.objects.get(name="Nghị quyết").pk,
        "number": "15-NQ/TU",
        "abstract": "Về tăng cường công tác phát triển đảng viên trong thanh niên giai đoạn 2025–2030",
        "issuer": issuer.pk,
        "signer": "Nguyễn Văn An",
        "issued_on": "14/01/2025",
        "effective_on": "14/01/2025",
        "expires_on": "",
        "slug": "",
        "status": "published",
        "published_at_0": "2025-01-14",
        "published_at_1": "08:00:00",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "files-0-file": upload,
        "files-0-name": "",
        "files-0-position": "1",
    }
    data.update(overrides)
    return data


def pdf_upload(name="Nghị quyết 15-NQ-TU về phát triển đảng viên.PDF", data=None):
    return SimpleUploadedFile(name, data or document_files.pdf_bytes(), PDF_TYPE)


@pytest.fixture
def issuer(db):
    return IssuerFactory(name="Tỉnh ủy Quảng Ninh")


def test_document_posted_with_a_pdf_is_found_by_number_in_three_spellings_and_by_a_word_inside(
    client, editor_client, issuer, site_settings
):
    response = editor_client.post(ADD_URL, document_form(issuer, pdf_upload()))
    assert response.status_code == 302, response.context and response.context["errors"]
    document = Document.objects.get()
    assert document.slug == "nghi-quyet-15-nq-tu-2025"
    assert "quan chung uu tu" in document.search_text  # from inside the PDF, folded
    client.logout()

    for query in ["15-NQ/TU", "15/NQ-TU", "nq 15", "QUẦN CHÚNG ƯU TÚ", "quan chung uu tu", "doan vien"]:
        page = client.get("/van-ban/", {"q": query})
        assert page.status_code == 200
        assert list(page.context["page"]) == [document], query
        assert "Nghị quyết số 15-NQ/TU" in page.content.decode()
    assert list(client.get("/van-ban/", {"q": "16-NQ/TU"}).context["page"]) == []


def test_search_lists_number_matches_before_documents_that_only_mention_the_words(client, site_settings):
    mentions = DocumentFactory(
        number="20-KH/TU",
        abstract="Kế hoạch thực hiện Nghị quyết 15 về NQ",
        issued_on=datetime.date(2025, 5, 1),
    )
    by_number = DocumentFactory(
        number="15-NQ/TU", abstract="Về công tác cán bộ", issued_on=datetime.date(2020, 1, 1)
    )

    found = list(client.get("/van-ban/", {"q": "nq 15"}).context["page"])

    assert found == [by_number, mentions]


def test_the_file_downloads_with_its_type_and_vietnamese_name_and_each_download_counts(
    client, editor_client, issuer, site_settings
):
    editor_client.post(ADD_URL, document_form(issuer, pdf_upload()))
    stored = DocumentFile.objects.get()
    editor_client.logout()

    response = client.get(stored.get_absolute_url())
    body = b"".join(response.streaming_content)

    assert response.status_code == 200
    assert response["Content-Type"] == PDF_TYPE
    # The name as uploaded (RFC 5987), with the extension its content proved.
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''" + quote("Nghị quyết 15-NQ-TU về phát triển đảng viên.pdf")
    )
    assert body == document_files.pdf_bytes() or body.startswith(b"%PDF-")
    assert stored.file.name.startswith("documents/") and re.fullmatch(
        r"documents/\d{4}/\d{2}/[0-9a-f]{32}\.pdf", stored.file.name
    )
    inline = client.get(stored.get_view_url())
    assert inline["Content-Disposition"].startswith("inline; filename*=utf-8''")
    b"".join(inline.streaming_content)
    client.head(stored.get_absolute_url())
    client.get(stored.get_absolute_url(), headers={"user-agent": "Googlebot/2.1"})
    stored.refresh_from_db()
    assert stored.download_count == 2  # the download and the view; not HEAD, not the crawler
    assert "2 lượt tải" in client.get(stored.document.get_absolute_url()).content.decode()


def test_behind_nginx_the_download_is_counted_and_handed_to_nginx(client, settings, site_settings):
    settings.DOCUMENT_ACCEL_REDIRECT = "/_tep-van-ban/"
    stored = DocumentFileFactory()

    response = client.get(stored.get_absolute_url())

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_tep-van-ban/{stored.file.name}"
    assert response["Content-Type"] == PDF_TYPE
    assert response["Content-Disposition"].startswith("attachment; filename*=utf-8''")
    assert response.content == b""
    stored.refresh_from_db()
    assert stored.download_count == 1


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("nghi-quyet.pdf", document_files.elf_bytes(), "Chỉ nhận tệp PDF, Word"),
        ("ke-hoach.docx", document_files.pe_bytes(), "Chỉ nhận tệp PDF, Word"),
        ("ke-hoach.docx", document_files.docm_bytes(), "có chứa macro"),
        ("nghi-quyet.pdf", document_files.encrypted_pdf_bytes(), "có mật khẩu hoặc đã bị mã hóa"),
        ("nghi-quyet.pdf", document_files.broken_pdf_bytes(), "Tệp PDF bị hỏng"),
        ("nghi-quyet.pdf", document_files.pdf_with_javascript_bytes(), "có chứa mã lệnh"),
        ("anh.pdf", b"\xff\xd8\xff\xe0" + b"\x00" * 100, "Chỉ nhận tệp PDF, Word"),
    ],
)
def test_a_file_that_is_not_a_clean_document_is_refused_with_a_message_and_nothing_is_saved(
    editor_client, issuer, name, data, message
):
    response = editor_client.post(ADD_URL, document_form(issuer, SimpleUploadedFile(name, data, PDF_TYPE)))

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "15-NQ/TU" in html  # what the editor typed is still in the form
    assert not Document.objects.exists() and not DocumentFile.objects.exists()


def test_a_file_over_the_limit_is_refused(editor_client, issuer, settings):
    settings.DOCUMENT_MAX_UPLOAD_BYTES = 1000

    response = editor_client.post(ADD_URL, document_form(issuer, pdf_upload()))

    assert "Tệp quá lớn" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "kind", "content_type", "word"),
    [
        ("ke-hoach.docx", document_files.docx_bytes(), "docx", "wordprocessingml.document", "hoi nghi"),
        ("danh-sach.xlsx", document_files.xlsx_bytes(), "xlsx", "spreadsheetml.sheet", "chi bo"),
        ("bao-cao.odt", document_files.odt_bytes(), "odt", "opendocument.text", "so ket"),
        # Named .doc but a DOCX inside: stored and served as what it is.
        ("ke-hoach.doc", document_files.docx_bytes(), "docx", "wordprocessingml.document", "hoc tap"),
    ],
)
def test_office_files_are_stored_as_their_content_says_and_their_words_are_searchable(
    client, editor_client, issuer, site_settings, name, data, kind, content_type, word
):
    upload = SimpleUploadedFile(name, data, "application/octet-stream")
    response = editor_client.post(ADD_URL, document_form(issuer, upload))
    assert response.status_code == 302, response.context and response.context["errors"]
    stored = DocumentFile.objects.get()
    editor_client.logout()

    assert stored.kind == kind and stored.file.name.endswith(f".{kind}")
    assert stored.name.endswith(f".{kind}")
    download = client.get(stored.get_absolute_url())
    assert content_type in download["Content-Type"]
    assert list(client.get("/van-ban/", {"q": word}).context["page"]) == [stored.document]


def test_vietnamese_dates_are_read_day_first(editor_client, issuer):
    editor_client.post(
        ADD_URL, document_form(issuer, pdf_upload(), issued_on="03/01/2021", effective_on="05-02-2021")
    )

    document = Document.objects.get()
    assert document.issued_on == datetime.date(2021, 1, 3)
    assert document.effective_on == datetime.date(2021, 2, 5)


def test_expiry_before_entry_into_force_is_refused(editor_client, issuer):
    response = editor_client.post(
        ADD_URL, document_form(issuer, pdf_upload(), effective_on="05/02/2021", expires_on="01/02/2021")
    )

    assert "Ngày hết hiệu lực phải sau ngày có hiệu lực." in response.content.decode()
    assert not Document.objects.exists()


def test_writers_propose_documents_and_only_editors_publish_them(client, writer_client, issuer):
    form = writer_client.get(ADD_URL).content.decode()
    assert 'value="review"' in form and 'value="published"' not in form

    refused = writer_client.post(ADD_URL, document_form(issuer, pdf_upload()))
    assert refused.status_code == 200 and not Document.objects.exists()

    writer_client.post(ADD_URL, document_form(issuer, pdf_upload(), status="review"))
    document = Document.objects.get()
    assert document.status == Document.Status.REVIEW
    assert client.get(document.get_absolute_url()).status_code == 404


def test_unpublished_documents_and_their_files_are_hidden_from_readers(client, site_settings):
    draft = DocumentFileFactory(document=DocumentFactory(status=Document.Status.DRAFT))
    scheduled = DocumentFileFactory(
        document=DocumentFactory(published_at=timezone.now() + datetime.timedelta(days=1))
    )

    for stored in [draft, scheduled]:
        assert client.get(stored.document.get_absolute_url()).status_code == 404
        assert client.get(stored.get_absolute_url()).status_code == 404
    assert list(client.get("/van-ban/").context["page"]) == []


def test_the_list_filters_by_type_issuer_year_and_subject(client, site_settings):
    directive = DocumentType.objects.get(name="Chỉ thị")
    province = IssuerFactory(name="Tỉnh ủy")
    propaganda = IssuerFactory(name="Ban Tuyên giáo Tỉnh ủy")
    youth = DocumentSubject.objects.create(name="Công tác thanh niên")
    old = DocumentFactory(issuer=province, issued_on=datetime.date(2019, 3, 2))
    new_directive = DocumentFactory(
        document_type=directive, issuer=propaganda, issued_on=datetime.date(2025, 6, 1)
    )
    new_directive.subjects.add(youth)

    def listed(**query):
        return list(client.get("/van-ban/", query).context["page"])

    assert listed() == [new_directive, old]
    assert listed(loai="chi-thi") == [new_directive]
    assert listed(**{"co-quan": province.slug}) == [old]
    assert listed(nam="2019") == [old]
    assert listed(**{"linh-vuc": youth.slug}) == [new_directive]
    assert listed(nam="2019", loai="chi-thi") == []
    assert listed(nam="abc", loai="khong-co") == [new_directive, old]  # unknown values are ignored
    html = client.get("/van-ban/", {"nam": "2019"}).content.decode()
    assert '<option value="2019" selected>2019</option>' in html


def test_document_page_shows_its_details_files_articles_and_replacement(client, site_settings):
    newer = DocumentFactory(number="20-NQ/TU")
    document = DocumentFactory(
        number="15-NQ/TU",
        effective_on=datetime.date(2024, 1, 14),
        replaced_by=newer,
    )
    DocumentFileFactory(document=document, name="Nghị quyết 15.pdf")
    article = ArticleFactory(title="Triển khai Nghị quyết 15 về phát triển đảng viên")
    document.articles.add(article)
    topic = TopicFactory(name="Đại hội Đảng bộ các cấp")
    topic.documents.add(document)

    html = client.get(document.get_absolute_url()).content.decode()

    assert '<th scope="row">Số, ký hiệu</th><td>15-NQ/TU</td>' in html
    assert "14-01-2024</time>" in html
    assert f'Được thay thế bởi <a href="{newer.get_absolute_url()}">Nghị quyết số 20-NQ/TU</a>' in html
    assert "Nghị quyết 15.pdf" in html and "Xem trực tuyến" in html and "Tải về" in html
    assert article.title in html
    assert topic.name in html
    data = [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]
    legislation = next(item for item in data if item["@type"] == "Legislation")
    assert legislation["legislationIdentifier"] == "15-NQ/TU"
    assert legislation["legislationLegalForce"] == "https://schema.org/NotInForce"
    assert legislation["encoding"][0]["encodingFormat"] == PDF_TYPE
    assert document.get_absolute_url() in client.get(newer.get_absolute_url()).content.decode()  # "Thay thế"


def test_an_article_page_shows_its_documents(client, site_settings):
    article = ArticleFactory()
    document = DocumentFactory(number="15-NQ/TU")
    hidden = DocumentFactory(number="99-NQ/TU", status=Document.Status.DRAFT)
    document.articles.add(article)
    hidden.articles.add(article)

    html = client.get(article.get_absolute_url()).content.decode()

    assert f'<a href="{document.get_absolute_url()}">Nghị quyết số 15-NQ/TU</a>' in html
    assert "99-NQ/TU" not in html


def test_feed_and_sitemap_list_published_documents(client, site_settings):
    document = DocumentFactory(number="15-NQ/TU")
    DocumentFactory(number="99-NQ/TU", status=Document.Status.DRAFT)

    feed = client.get("/van-ban/rss/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "Nghị quyết số 15-NQ/TU" in feed and "99-NQ/TU" not in feed
    assert document.get_absolute_url() in sitemap and "/van-ban/</loc>" in sitemap


def test_a_change_to_a_document_shows_at_once_on_cached_pages(
    client, site_settings, django_capture_on_commit_callbacks
):
    document = DocumentFactory(abstract="Trích yếu cũ")
    assert "Trích yếu cũ" in client.get("/van-ban/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        document.abstract = "Trích yếu mới"
        document.save()

    assert "Trích yếu mới" in client.get("/van-ban/").content.decode()
    assert "Trích yếu mới" in client.get(document.get_absolute_url()).content.decode()


@pytest.fixture
def published_documents():
    """Documents with subjects, files, related articles and topics, so a per-row query would show."""

    def make(count):
        subjects = [DocumentSubject.objects.create(name=f"Lĩnh vực {n}") for n in range(2)]
        documents = []
        for n in range(count):
            document = DocumentFactory(issuer=IssuerFactory(name=f"Cơ quan {n % 3}"))
            document.subjects.set(subjects)
            DocumentFileFactory.create_batch(2, document=document)
            document.articles.add(ArticleFactory())
            documents.append(document)
        return documents

    return make


@pytest.mark.parametrize("count", [1, 10])
def test_document_list_query_count_does_not_grow(
    client, site_settings, published_documents, count, django_assert_num_queries
):
    published_documents(count)
    # Cold cache: 1. types  2. issuers  3. subjects  4. years (the filters' choices)  5. count for the
    # paginator  6. the page of documents with their type and issuer  7. site settings  8. menu
    # 9. the next scheduled publication
    with django_assert_num_queries(9):
        assert client.get("/van-ban/").status_code == 200
    # Warm cache: none.
    with django_assert_num_queries(0):
        assert client.get("/van-ban/").status_code == 200
    # A search is never cached (as the article search): 1.–4. the filters' choices  5. count  6. page
    # 7. site settings  8. menu
    with django_assert_num_queries(8):
        assert client.get("/van-ban/", {"q": "nq"}).status_code == 200


@pytest.mark.parametrize("count", [1, 10])
def test_document_page_query_count_does_not_grow(
    client, site_settings, published_documents, count, django_assert_num_queries
):
    document = published_documents(count)[0]
    document.subjects.add(DocumentSubject.objects.create(name="Thêm lĩnh vực"))
    for _ in range(count):
        DocumentFileFactory(document=document)
        document.articles.add(ArticleFactory())
    # Cold cache: 1. the document with its type, issuer and replacement  2. subjects  3. files  4. topics
    # 5. documents it replaces  6. related articles  7. site settings  8. menu
    # 9. the next scheduled publication
    with django_assert_num_queries(9):
        assert client.get(document.get_absolute_url()).status_code == 200
    with django_assert_num_queries(0):
        assert client.get(document.get_absolute_url()).status_code == 200


def test_download_query_count(client, site_settings, django_assert_num_queries):
    stored = DocumentFileFactory()
    # 1. the file with its document  2. UPDATE … download_count + 1
    with django_assert_num_queries(2):
        response = client.get(stored.get_absolute_url())
    b"".join(response.streaming_content)


def test_editors_find_documents_in_the_admin_by_number_and_filter_them(editor_client, issuer):
    DocumentFactory(number="15-NQ/TU", issuer=issuer)
    DocumentFactory(number="07-CT/TU")

    found = editor_client.get("/quan-tri/articles/document/", {"q": "15-NQ"})
    filtered = editor_client.get("/quan-tri/articles/document/", {"issuer__id__exact": issuer.pk})

    assert found.status_code == 200
    assert "15-NQ/TU" in found.content.decode() and "07-CT/TU" not in found.content.decode()
    assert [d.number for d in filtered.context["cl"].result_list] == ["15-NQ/TU"]


def test_a_writer_cannot_change_a_published_document_nor_delete_one(writer_client, writer):
    published = DocumentFactory(author=writer)
    draft = DocumentFactory(author=writer, status=Document.Status.DRAFT)
    change = f"/quan-tri/articles/document/{published.pk}/change/"

    refused = writer_client.post(change, {"number": "99-NQ/TU"})

    assert refused.status_code == 403
    published.refresh_from_db()
    assert published.number != "99-NQ/TU"
    assert writer_client.get(f"/quan-tri/articles/document/{draft.pk}/change/").status_code == 200
    assert writer_client.get(f"/quan-tri/articles/document/{draft.pk}/delete/").status_code == 403


def test_only_site_admins_edit_the_list_of_document_types(client, editor, site_admin):
    client.force_login(editor)
    assert client.get("/quan-tri/articles/documenttype/add/").status_code == 403
    assert client.get("/quan-tri/articles/issuer/add/").status_code == 200
    client.force_login(site_admin)

    response = client.post(
        "/quan-tri/articles/documenttype/add/", {"name": "Nghị định", "slug": "", "position": "20"}
    )

    assert response.status_code == 302
    assert DocumentType.objects.get(name="Nghị định").slug == "nghi-dinh"


def test_the_editor_may_name_the_file_readers_download(client, editor_client, issuer, site_settings):
    editor_client.post(
        ADD_URL, document_form(issuer, pdf_upload("scan0001.pdf"), **{"files-0-name": "Nghị quyết 15-NQ/TU"})
    )
    stored = DocumentFile.objects.get()
    editor_client.logout()

    disposition = client.get(stored.get_absolute_url())["Content-Disposition"]

    assert stored.name == "Nghị quyết 15-NQ-TU.pdf"
    assert disposition == "attachment; filename*=utf-8''" + quote("Nghị quyết 15-NQ-TU.pdf")


def test_a_list_page_past_its_end_is_404_and_an_odd_number_is_page_one(client, site_settings):
    # As for a category: odd page numbers can never make new cache entries.
    document = DocumentFactory()

    assert client.get("/van-ban/?trang=2").status_code == 404
    first = client.get("/van-ban/?trang=abc")
    assert list(first.context["page"]) == [document]
    again = client.get("/van-ban/?trang=-3")
    assert again.context is None and again.content == first.content  # page 1, from the cache
