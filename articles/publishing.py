"""The article form's publish box: the state in words, the buttons a person may use, what will happen."""

import datetime
import math
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone

from .models import Article, Photo
from .models.photos import BODY_PHOTO
from .permissions import can_publish
from .text import PHOTO_MARKER, plain_text

# Vietnamese words are written syllable by syllable: about 250 of them a minute for a reader of news.
WORDS_PER_MINUTE = 250
Status = Article.Status
IMAGE_TAG = re.compile(r"<img\b[^>]*>")
NON_EMPTY_ALT = re.compile(r'\balt="[^"]*\S[^"]*"')


@dataclass(frozen=True)
class Action:
    name: str  # posted as `_action`
    label: str
    kind: str = "default"  # "primary", "default" or "danger", for the button's look


DRAFT = Action("draft", "Lưu nháp")
REVIEW = Action("review", "Gửi duyệt", "primary")
PUBLISH = Action("publish", "Đăng ngay", "primary")
SCHEDULE = Action("schedule", "Hẹn giờ đăng…")
UPDATE = Action("update", "Cập nhật", "primary")
KEEP = Action("update", "Lưu")
SEND_BACK = Action("send_back", "Trả bài")
UNPUBLISH = Action("unpublish", "Gỡ bài", "danger")
# The status each action leaves the article in; None keeps the one it has.
STATUS_AFTER = {
    "draft": Status.DRAFT,
    "review": Status.REVIEW,
    "publish": Status.PUBLISHED,
    "schedule": Status.PUBLISHED,
    "update": None,
    "send_back": Status.DRAFT,
    "unpublish": Status.DRAFT,
}


def actions_for(user, article):
    """The buttons this person may press on this article, the most likely one first."""
    if not can_publish(user):
        return [REVIEW, DRAFT] if article.status == Status.DRAFT else [KEEP]
    if article.status == Status.PUBLISHED:
        if article.is_scheduled:
            return [UPDATE, PUBLISH, UNPUBLISH]
        return [UPDATE, UNPUBLISH]
    if article.status == Status.REVIEW:
        return [PUBLISH, SCHEDULE, SEND_BACK, KEEP]
    return [PUBLISH, SCHEDULE, DRAFT]


def find_action(user, article, name):
    for action in actions_for(user, article):
        if action.name == name:
            return action
    raise ValidationError("Bạn không được dùng nút này cho bài ở trạng thái hiện tại.", code="not_allowed")


def slug_follows_title(article):
    """True until the article is first published: once readers may have its address, the address stays."""
    if article.pk is None:
        return True
    if article.status == Status.PUBLISHED:
        return False
    return not article.revisions.filter(data__status=Status.PUBLISHED).exists()


def when(moment):
    local = timezone.localtime(moment)
    return f"{local:%H:%M} ngày {local:%d-%m-%Y}"


def outcome(article, now=None):
    """One sentence saying where the article stands with readers."""
    now = now or timezone.now()
    if article.status == Status.PUBLISHED:
        if article.published_at > now:
            return f"Bài sẽ hiện với bạn đọc lúc {when(article.published_at)}."
        return f"Bài đang hiện với bạn đọc, đăng lúc {when(article.published_at)}."
    if article.status == Status.REVIEW:
        return "Bài đang chờ biên tập viên duyệt, chưa hiện với bạn đọc."
    return "Bài chưa hiện với bạn đọc."


def apply(article, action_name, *, date_typed, now=None):
    """Set the status and time the button asks for. `date_typed`: the person changed the publication time."""
    now = now or timezone.now()
    status = STATUS_AFTER[action_name]
    if action_name == "publish":
        # "Đăng ngay" is now, unless the person backdated it (an old article brought across).
        backdated = date_typed and article.published_at <= now
        if not backdated:
            article.published_at = now
    if status is not None:
        article.status = status


def check_schedule(published_at, now=None):
    now = now or timezone.now()
    if published_at is None or published_at <= now:
        raise ValidationError(
            "Để hẹn giờ đăng, hãy chọn một thời điểm sau bây giờ (ngày-tháng-năm và giờ:phút).",
            code="schedule_in_the_past",
        )


@dataclass(frozen=True)
class ReadingStats:
    words: int

    @property
    def minutes(self):
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE))

    def __str__(self):
        return f"{self.words} chữ · khoảng {self.minutes} phút đọc"


def reading_stats(lead, body):
    return ReadingStats(len(f"{lead} {plain_text(body)}".split()))


def warnings(article, photos=()):
    """What a reader would miss: said before publishing, never refused."""
    return live_warnings(article) + saved_warnings(article, photos)


def live_warnings(article):
    """The ones the form's script also works out as the person types (static/js/admin/publish-box.js)."""
    found = []
    if not (article.lead or "").strip():
        found.append("Bài chưa có sapo.")
    if not article.cover_id:
        found.append("Bài chưa có ảnh đại diện.")
    elif not article.cover.alt_text:
        found.append("Ảnh đại diện chưa có mô tả ảnh.")
    unlabelled = sum(1 for tag in IMAGE_TAG.findall(article.body or "") if not NON_EMPTY_ALT.search(tag))
    if unlabelled:
        found.append(f"{unlabelled} ảnh trong nội dung chưa có mô tả ảnh.")
    return found


def saved_warnings(article, photos):
    """The ones only the server knows: the captioned photos below the form, old-style [ảnh N] markers."""
    found = []
    for number, photo in enumerate(photos, start=1):
        if not (photo.alt_text or photo.photo.alt_text):
            found.append(f"Ảnh {number} chưa có mô tả ảnh.")
    # An old-style marker matching no captioned photo used to vanish from the page without a word.
    for marker in PHOTO_MARKER.findall(article.body or ""):
        if not 1 <= int(marker) <= len(photos):
            found.append(f"Đoạn [ảnh {marker}] không khớp ảnh có chú thích nào nên sẽ không hiện.")
    return found


@dataclass(frozen=True)
class Box:
    state: str
    outcome: str
    actions: list
    stats: ReadingStats
    warnings: list
    saved_warnings: list
    slug_follows_title: bool

    @property
    def default_action(self):
        """What Enter in a text box does: save without changing who sees the article, never publish."""
        return "draft" if DRAFT in self.actions else "update"


def box(user, article):
    """What the publish box shows for the article as it is saved (a new Article() before the first save)."""
    photos = list(article.photos.select_related("photo")) if article.pk else []
    return Box(
        state=article.state_label,
        outcome=outcome(article) if article.pk else "Bài mới, chưa lưu, chưa hiện với bạn đọc.",
        actions=actions_for(user, article),
        stats=reading_stats(article.lead, article.body),
        warnings=live_warnings(article) if article.pk else [],
        saved_warnings=saved_warnings(article, photos),
        slug_follows_title=slug_follows_title(article),
    )


def first_photo_of(article, *, with_captioned=True):
    """The library photo shown first in the body, else the first captioned photo: the cover by default."""
    names = BODY_PHOTO.findall(article.body or "")
    if names:
        photo = Photo.objects.filter(image=names[0]).first()
        if photo is not None:
            return photo
    if with_captioned and article.pk:
        first = article.photos.select_related("photo").first()
        return first.photo if first else None
    return None


def done_message(article):
    if article.status == Status.PUBLISHED:
        return f"Đã lưu. {outcome(article)}"
    if article.status == Status.REVIEW:
        return "Đã gửi duyệt. Biên tập viên sẽ xem và đăng bài."
    return "Đã lưu bản nháp. Bài chưa hiện với bạn đọc."


def same_minute(first, second):
    """Forms show times to the minute ("08:00"): a time shown and sent back unchanged is the same time."""
    if first is None or second is None:
        return first is second

    def to_minute(moment):
        return moment.replace(second=0, microsecond=0) if isinstance(moment, datetime.datetime) else moment

    return to_minute(first) == to_minute(second)
