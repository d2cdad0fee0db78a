import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from . import publishing, videos
from .fields import PhotoFormField
from .models import Article, ArticleImage
from .permissions import allowed_statuses
from .text import vietnamese_slugify

CONFLICT_MESSAGE = (
    "Bài viết vừa được %(who)s lưu lúc %(when)s, sau khi bạn mở trang này, nên bản của bạn chưa được lưu. "
    "Nội dung bạn đã sửa vẫn còn nguyên ở dưới. Hãy xem bản mới (mục Phiên bản) rồi sửa lại cho khớp; "
    "nếu chắc chắn bản của bạn là bản đúng, bấm Lưu lần nữa để ghi đè (bản kia vẫn được giữ trong Phiên bản)."
)


def https_by_default(db_field, **kwargs):
    """A web address typed without its scheme is an https one (Django 6's default, chosen now)."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class ArticleAdminForm(forms.ModelForm):
    """The article form; `user` is set by the admin for the person editing."""

    user = None

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        formfield_callback = https_by_default
        fields = [
            *["title", "slug", "category", "lead", "body", "cover", "byline", "source_name", "source_url"],
            *["status", "published_at", "is_featured", "review_comment"],
            "topics",
        ]
        widgets = {
            "title": forms.TextInput(attrs={"class": "vLargeTextField", "size": 90}),
            "lead": forms.Textarea(attrs={"rows": 3, "cols": 90}),
            "review_comment": forms.Textarea(attrs={"rows": 3, "cols": 90}),
            "topics": forms.CheckboxSelectMultiple,
            # Chosen with the publish box's buttons ("Lưu nháp", "Đăng ngay"…), which post `_action`.
            "status": forms.HiddenInput,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_version"].initial = self.instance.version
        if "slug" in self.fields:
            self.fields["slug"].help_text = (
                "Tự theo tiêu đề cho đến khi bài được đăng lần đầu; sau đó giữ nguyên (đổi thì địa chỉ cũ "
                "vẫn chuyển tới địa chỉ mới)."
            )
        if "body" in self.fields and not (self.instance.pk and self.instance.photos.exists()):
            # The [ảnh N] rows are offered only to the articles that have some (articles.admin).
            self.fields["body"].help_text = (
                "Ảnh: bấm «Chèn ảnh (thư viện hoặc tải lên)» ở trên khung soạn thảo; ảnh hiện ngay tại chỗ, "
                "với chú thích, mô tả ảnh và tác giả ảnh."
            )
        if "status" in self.fields and self.user is not None:
            allowed = allowed_statuses(self.user, self.instance)
            self.fields["status"].choices = [(s.value, s.label) for s in allowed]

    publish_action = None

    def clean_body(self):
        # A YouTube address pasted in the editor becomes a titled link paragraph; stored as a video figure.
        return videos.store_clips(self.cleaned_data.get("body") or "")

    def clean(self):
        cleaned = super().clean()
        self._refuse_a_concurrent_save(cleaned.get("expected_version"))
        self._apply_the_button_pressed(cleaned)
        self._let_the_slug_follow_the_title(cleaned)
        status = cleaned.get("status")
        sending_back = (
            self.instance.pk
            and self.instance.status == Article.Status.REVIEW
            and status == Article.Status.DRAFT
        )
        if sending_back and not cleaned.get("review_comment"):
            self.add_error("review_comment", "Ghi ý kiến để phóng viên biết cần sửa gì khi trả bài.")
        return cleaned

    def _apply_the_button_pressed(self, cleaned):
        # Before _post_clean, self.instance still holds the saved state, which decides the buttons.
        name = self.data.get("_action")
        if not name or self.user is None:
            return
        action = publishing.find_action(self.user, self.instance, name)
        self.publish_action = action
        status = publishing.STATUS_AFTER[action.name]
        if status is not None and "status" in self.fields:
            cleaned["status"] = status
        if action.name == "schedule":
            try:
                publishing.check_schedule(cleaned.get("published_at"))
            except ValidationError as error:
                self.add_error("published_at", error)

    def _let_the_slug_follow_the_title(self, cleaned):
        """Until first published, an article's address follows its title, unless typed by hand."""
        article = self.instance
        if not article.pk or "slug" not in cleaned or cleaned.get("title") == article.title:
            return
        if cleaned["slug"] != article.slug or not publishing.slug_follows_title(article):
            return
        base = vietnamese_slugify(article.title)
        if article.slug == base or re.fullmatch(rf"{re.escape(base)}-\d+", article.slug):
            cleaned["slug"] = ""  # Article.save() makes a new one from the new title

    def _refuse_a_concurrent_save(self, expected_version):
        if not self.instance.pk or expected_version is None:
            return
        # Locks the row until the admin's transaction ends, so two saves at the same moment go one by one.
        current = (
            Article.objects.select_for_update(of=("self",))
            .filter(pk=self.instance.pk)
            .values("version", "updated_at", "last_edited_by__username")
            .first()
        )
        if current is None or current["version"] == expected_version:
            return
        # Show their text back with the newer version number: a second save is a deliberate overwrite.
        self.data = self.data.copy()
        self.data[self.add_prefix("expected_version")] = current["version"]
        raise ValidationError(
            CONFLICT_MESSAGE,
            code="concurrent_edit",
            params={
                "who": current["last_edited_by__username"] or "người khác",
                "when": timezone.localtime(current["updated_at"]).strftime("%H:%M:%S %d-%m-%Y"),
            },
        )


class ArticleImageForm(forms.ModelForm):
    upload = PhotoFormField(label="hoặc tải ảnh mới", required=False)

    class Meta:
        model = ArticleImage
        fields = ["photo", "upload", "caption", "alt_text", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["photo"].required = False

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("photo") and not cleaned.get("upload") and not cleaned.get("DELETE"):
            raise ValidationError("Chọn một ảnh có sẵn trong thư viện hoặc tải ảnh mới lên.")
        return cleaned


class MoveToCategoryForm(forms.Form):
    category = forms.ModelChoiceField(queryset=None, label="Chuyển sang chuyên mục")

    def __init__(self, *args, categories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories
