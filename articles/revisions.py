"""Every save of an article leaves a revision; any two can be compared and an old one restored."""

import difflib

from django.db import transaction
from django.utils.html import strip_tags

from .models import ArticleImage, ArticleRevision, Category, Photo
from .permissions import fields_out_of_reach

FIELD_LABELS = {
    "title": "Tiêu đề",
    "slug": "Đường dẫn",
    "category": "Chuyên mục",
    "lead": "Sapo",
    "body": "Nội dung",
    "cover": "Ảnh đại diện",
    "byline": "Tác giả",
    "source_name": "Nguồn",
    "source_url": "Liên kết nguồn",
    "status": "Trạng thái",
    "published_at": "Ngày đăng",
    "is_featured": "Tin nổi bật",
    "review_comment": "Ý kiến biên tập",
    "photos": "Ảnh có chú thích",
}
# What a restore brings back: the words and pictures. Status and time stay as they are, so restoring an
# old draft never unpublishes an article by surprise; a field the user may not change in the form stays too.
RESTORED_FIELDS = [
    "title",
    "category",
    "lead",
    "body",
    "cover",
    "byline",
    "source_name",
    "source_url",
    "is_featured",
]


def record(article, user, note=""):
    photos = article.photos.all()
    return ArticleRevision.objects.create(
        article=article, created_by=user, note=note, data=article.snapshot(photos)
    )


def _readable(field, value):
    if field == "body":
        return strip_tags(value.replace("</p>", "</p>\n").replace("<br>", "\n"))
    if field == "photos":
        return "\n".join(f"[ảnh {i}] #{p['photo']} – {p['caption']}" for i, p in enumerate(value, start=1))
    if field == "category":
        return str(Category.objects.filter(pk=value).first() or value)
    return "" if value is None else str(value)


def compare(older, newer):
    """[(label, [diff lines])] for each field that differs between two revisions."""
    differences = []
    for field, label in FIELD_LABELS.items():
        before, after = older.data.get(field), newer.data.get(field)
        if before == after:
            continue
        lines = difflib.unified_diff(
            _readable(field, before).splitlines(),
            _readable(field, after).splitlines(),
            lineterm="",
            n=1,
        )
        differences.append((label, [line for line in lines if not line.startswith(("---", "+++"))]))
    return differences


@transaction.atomic
def restore(article, revision, user):
    data = revision.data
    out_of_reach = fields_out_of_reach(user)
    for field in RESTORED_FIELDS:
        if field in out_of_reach:
            continue
        if field == "category":
            if Category.objects.filter(pk=data["category"]).exists():
                article.category_id = data["category"]
        elif field == "cover":
            article.cover_id = data["cover"] if Photo.objects.filter(pk=data["cover"]).exists() else None
        elif field in data:  # revisions from before a field existed leave it as it is
            setattr(article, field, data[field])
    article.last_edited_by = user
    article.save()
    existing = set(
        Photo.objects.filter(pk__in=[p["photo"] for p in data["photos"]]).values_list("pk", flat=True)
    )
    article.photos.all().delete()
    ArticleImage.objects.bulk_create(
        ArticleImage(
            article=article,
            photo_id=p["photo"],
            caption=p["caption"],
            alt_text=p["alt_text"],
            position=p["position"],
        )
        for p in data["photos"]
        if p["photo"] in existing
    )
    return record(article, user, note=f"Khôi phục từ phiên bản #{revision.pk}")
