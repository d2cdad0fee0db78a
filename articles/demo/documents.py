"""A large library of plausible documents for a generated archive (manage.py generate_articles --documents).

Numbers, issuing bodies and abstracts are assembled from generic parts; every document has one PDF from a
small shared pool (a hand-written PDF whose words are searchable) and is linked to a few articles.
"""

import datetime
import random

from django.core.files.base import ContentFile
from django.db import transaction

from ..models import Article, Document, DocumentFile, DocumentType, Issuer
from ..models.documents import number_words
from ..text import fold, search_text, vietnamese_slugify
from .archive import PLACES, TOPICS
from .pdf import minimal_pdf

TYPE_CODES = {
    "Nghị quyết": "NQ",
    "Chỉ thị": "CT",
    "Kết luận": "KL",
    "Quy định": "QĐ",
    "Quy chế": "QC",
    "Hướng dẫn": "HD",
    "Kế hoạch": "KH",
    "Thông báo": "TB",
    "Công văn": "CV",
    "Báo cáo": "BC",
}
ISSUERS = {
    "Tỉnh ủy": "TU",
    "Ban Thường vụ Tỉnh ủy": "TU",
    "Ban Tuyên giáo Tỉnh ủy": "BTGTU",
    "Ban Tổ chức Tỉnh ủy": "BTCTU",
    "Ban Dân vận Tỉnh ủy": "BDVTU",
    "Ủy ban Kiểm tra Tỉnh ủy": "UBKTTU",
}
SIGNERS = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Cường", "Phạm Minh Dũng", "Hoàng Thu Hà"]
POOL_NAME = "Văn bản mẫu kho lưu trữ số"
TEN_YEARS = datetime.timedelta(days=3652)


def create_documents(count, *, seed, now, pool_size=5, batch_size=2000):
    """`count` published documents over ten years, each with a PDF and links to two articles."""
    rnd = random.Random(seed)
    types = {t.name: t for t in DocumentType.objects.filter(name__in=TYPE_CODES)}
    issuers = [Issuer.objects.get_or_create(name=name)[0] for name in ISSUERS]
    pool = _file_pool(pool_size)
    article_ids = list(Article.objects.published().values_list("pk", flat=True)[:50_000])
    first = Document.objects.count() + 1
    for start in range(0, count, batch_size):
        numbers = range(first + start, first + min(start + batch_size, count))
        _create_batch(rnd, numbers, types, issuers, pool, article_ids, now)


def _file_pool(size):
    """Stored once, shared by every generated document: (stored name, size, text)."""
    pool = []
    for number in range(1, size + 1):
        lines = [f"{fold(POOL_NAME)} {number}", *[f"Noi dung {fold(topic)}" for topic in TOPICS[:6]]]
        data = minimal_pdf(lines)
        stored = DocumentFile.file.field.storage.save(
            f"documents/mau/van-ban-{number}.pdf", ContentFile(data)
        )
        pool.append((stored, len(data), " ".join(lines)))
    return pool


@transaction.atomic
def _create_batch(rnd, numbers, types, issuers, pool, article_ids, now):
    documents, files = [], []
    for sequence in numbers:
        type_name = rnd.choice(list(types))
        issuer = rnd.choice(issuers)
        number = f"{rnd.randint(1, 400)}-{TYPE_CODES[type_name]}/{ISSUERS[issuer.name]}"
        published_at = now - datetime.timedelta(seconds=rnd.randint(3_600, int(TEN_YEARS.total_seconds())))
        issued_on = (published_at - datetime.timedelta(days=rnd.randint(0, 10))).date()
        abstract = f"{rnd.choice(TOPICS).capitalize()} tại {rnd.choice(PLACES)} năm {issued_on:%Y}"
        signer = rnd.choice(SIGNERS)
        stored, size, text = rnd.choice(pool)
        words = " ".join(number_words(number))
        documents.append(
            Document(
                document_type=types[type_name],
                number=number,
                abstract=abstract,
                issuer=issuer,
                signer=signer,
                issued_on=issued_on,
                effective_on=issued_on,
                # Unique without a query per document: the number's slug and the document's sequence.
                slug=f"{vietnamese_slugify(f'{type_name} {words} {issued_on:%Y}')}-{sequence}",
                status=Document.Status.PUBLISHED,
                published_at=published_at,
                # What Document.save() and DocumentFile.save() fill, skipped by bulk_create.
                search_number=f" {words} ",
                search_text=search_text(words, abstract, signer, text),
            )
        )
        files.append((stored, size, text))
    Document.objects.bulk_create(documents)
    DocumentFile.objects.bulk_create(
        DocumentFile(document=document, file=stored, name=f"{document.number.replace('/', '-')}.pdf",
                     kind="pdf", size=size, text=text)
        for document, (stored, size, text) in zip(documents, files, strict=True)
    )  # fmt: skip
    if article_ids:
        links = Document.articles.through
        links.objects.bulk_create(
            links(document_id=document.pk, article_id=article_id)
            for document in documents
            for article_id in set(rnd.sample(article_ids, min(2, len(article_ids))))
        )
