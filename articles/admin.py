from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from . import article_form, autosave, photo_picker, publishing, revisions, staff_admin  # noqa: F401
from .activity_admin import RecordedAdmin, RecordedArticleAdmin, record_article_change
from .admin_hours import WEEKDAY_FIELDS, ClosingDayForm, SiteSettingsForm
from .admin_list import ArticleListColumns
from .dates import DATE_FIELDS
from .forms import ArticleAdminForm, ArticleImageForm, MoveToCategoryForm
from .models import Article, ArticleImage, ArticleRevision, Category, ClosingDay, Page, Photo, SiteSettings
from .pagecache import content_changed
from .permissions import can_change_photo, can_edit, can_publish, can_view, fields_out_of_reach
from .publishing import same_minute

# A web address typed without its scheme is an https one (Django 6's default, chosen now).
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}


class BulkDeleteChangesContent:
    """The bulk delete action deletes a queryset, skipping Model.delete(): tell the page cache ourselves."""

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        content_changed()


@admin.register(Category)
class CategoryAdmin(RecordedAdmin, BulkDeleteChangesContent, admin.ModelAdmin):
    list_display = ["name", "slug", "position", "is_in_menu"]
    list_editable = ["position", "is_in_menu"]
    search_fields = ["name"]
    fields = ["name", "slug", "description", "position", "is_in_menu"]


@admin.register(Photo)
class PhotoAdmin(RecordedAdmin, BulkDeleteChangesContent, admin.ModelAdmin):
    list_display = ["thumbnail", "__str__", "width", "height", "uploaded_by", "created_at"]
    search_fields = ["alt_text", "credit", "image"]
    fields = ["image", "alt_text", "credit"]
    list_per_page = 50

    @admin.display(description="ảnh")
    def thumbnail(self, photo):
        if not photo.renditions:
            return ""
        return format_html('<img src="{}" alt="" width="120">', photo.fallback_url)

    def has_change_permission(self, request, obj=None):
        if obj is not None and not can_change_photo(request.user, obj):
            return False  # the photo opens read-only
        return super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)


class ArticleImageInline(admin.StackedInline):
    """The old way of placing photos ([ảnh N] and rows below the form), kept for the articles that have rows
    (imported or older ones); any other article gets its photos from the picker, in the text itself."""

    model = ArticleImage
    form = ArticleImageForm
    # Shows the rows, or only the formset's hidden management fields when there are none.
    template = "admin/articles/article/photo_rows.html"
    autocomplete_fields = ["photo"]
    verbose_name_plural = (
        "Ảnh có chú thích — ảnh thứ nhất trong danh sách chèn vào bài bằng [ảnh 1], ảnh thứ hai "
        "bằng [ảnh 2]…; ảnh không được chèn sẽ hiện ở cuối bài"
    )

    def get_extra(self, request, obj=None, **kwargs):
        # An empty row invites the old way; an article that already uses it gets one, as before.
        return 1 if obj is not None and obj.photos.exists() else 0


@admin.register(Article)
class ArticleAdmin(RecordedArticleAdmin, ArticleListColumns, BulkDeleteChangesContent, admin.ModelAdmin):
    form = ArticleAdminForm
    # The list's columns, filters and search: articles.admin_list.ArticleListColumns.
    # "12 results (100,000 total)" costs a second COUNT(*) of the whole archive on every filtered list.
    show_full_result_count = False
    search_fields = ["title"]
    ordering = ["-published_at"]
    inlines = [ArticleImageInline]
    autocomplete_fields = ["cover"]
    readonly_fields = ["view_count", "author", "last_edited_by", "updated_at"]
    formfield_overrides = {**URL_FIELDS_ASSUME_HTTPS, **DATE_FIELDS}

    # Its own Media hides the list mixin's: the list's stylesheet and script (ArticleListColumns) come too.
    class Media:
        css = {"all": [*ArticleListColumns.Media.css["all"], "css/admin-editor.css"]}
        js = [
            *ArticleListColumns.Media.js,
            "js/admin/calendar-jump.js",
            "js/admin/article-form.js",
            "js/admin/publish-box.js",
            "js/admin/autosave.js",
            "js/admin/paste-report.js",
            "js/admin/video-in-editor.js",
            "js/admin/youtube-paste.js",
            "js/admin/photo-picker.js",
        ]

    actions = ["publish", "unpublish", "move_to_category"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "lead", "body", "expected_version"]}),
        # Chosen, or uploaded, through the photo picker, which shows it beside the field with its thumbnail.
        ("Ảnh đại diện", {"fields": ["cover"]}),
        ("Tác giả và nguồn", {"fields": ["byline", "source_name", "source_url"]}),
        ("Chuyên đề", {"fields": ["topics"]}),
        # Shown in the publish box (templates/admin/articles/article/change_form.html), by this class.
        (None, {"fields": ["status", "published_at", "review_comment"], "classes": ["publish-fields"]}),
        (
            "Thông tin thêm",
            {"fields": ["is_featured", "view_count", "author", "last_edited_by", "updated_at"]},
        ),
    ]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def get_readonly_fields(self, request, obj=None):
        # Writers read the editor's comment; they cannot choose when an article goes out.
        return [*self.readonly_fields, *fields_out_of_reach(request.user)]

    def get_queryset(self, request):
        articles = super().get_queryset(request).defer("body")
        if request.user.has_perm("articles.edit_others_article"):
            return articles
        return articles.filter(author=request.user)

    def has_view_permission(self, request, obj=None):
        if obj is not None and not can_view(request.user, obj):
            return False
        return super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        if obj is not None and not can_edit(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not can_publish(request.user):
            for name in ["publish", "unpublish", "move_to_category"]:
                actions.pop(name, None)
        return actions

    def view_on_site(self, obj):
        return obj.get_preview_url()

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        obj.last_edited_by = request.user
        date_untouched = same_minute(form.initial.get("published_at"), form.cleaned_data.get("published_at"))
        if form.publish_action:
            publishing.apply(obj, form.publish_action.name, date_typed=not date_untouched)
        elif obj.status == Article.Status.PUBLISHED and date_untouched:
            # A draft written on Monday and published on Wednesday is Wednesday's news, unless backdated.
            obj.status = form.initial.get("status", Article.Status.DRAFT)
            obj.publish()
        if not obj.cover_id:
            obj.cover = publishing.first_photo_of(obj, with_captioned=False)
        super().save_model(request, obj, form, change)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        saved = article_form.saved_state(obj)
        offer = request.method == "GET"
        form = context["adminform"].form
        # Read-only (a writer's article sent for review), the form has no fields: the saved cover, then.
        cover_id = form["cover"].value() if "cover" in form.fields else saved.cover_id
        context.update(
            article_form.extra_context(request.user, saved, offer_autosave=offer, cover_id=cover_id)
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_add(self, request, obj, post_url_continue=None):
        if "_action" in request.POST:
            return self._back_to_the_form(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if "_action" in request.POST:
            return self._back_to_the_form(request, obj)
        return super().response_change(request, obj)

    def _back_to_the_form(self, request, article):
        # The publish box's buttons keep the person in the article, as a word processor would.
        self.message_user(request, publishing.done_message(article), messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            upload = inline_form.cleaned_data.get("upload")
            if upload and not inline_form.cleaned_data.get("DELETE"):
                inline_form.instance.photo = Photo.objects.create(
                    image=upload, uploaded_by=request.user, alt_text=inline_form.cleaned_data["alt_text"]
                )
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if not article.cover_id and (cover := publishing.first_photo_of(article)):
            # No photo in the body: the first captioned photo, known only now that the rows are saved.
            article.cover = cover
            article.save(update_fields=["cover", "version", "updated_at"])
        revisions.record(article, request.user)
        autosave.discard(request.user, article, also_new=not change)
        self._warn_about_photos_without_words(request, article)

    def _warn_about_photos_without_words(self, request, article):
        for number, photo in enumerate(article.photos.select_related("photo"), start=1):
            missing = [
                label
                for label, value in [
                    ("mô tả ảnh", photo.alt_text or photo.photo.alt_text),
                    ("chú thích", photo.caption),
                ]
                if not value
            ]
            if missing:
                messages.warning(request, f"Ảnh {number} chưa có {' và '.join(missing)}.")
        if article.cover and not article.cover.alt_text:
            messages.warning(request, "Ảnh đại diện chưa có mô tả ảnh (sửa trong Thư viện ảnh).")

    @admin.action(description="Đăng các bài đã chọn")
    def publish(self, request, queryset):
        self._change_each(request, queryset, "Đăng hàng loạt", Article.publish)

    @admin.action(description="Gỡ các bài đã chọn (về bản nháp)")
    def unpublish(self, request, queryset):
        self._change_each(
            request, queryset, "Gỡ hàng loạt", lambda a: setattr(a, "status", Article.Status.DRAFT)
        )

    @admin.action(description="Chuyển các bài đã chọn sang chuyên mục khác")
    def move_to_category(self, request, queryset):
        form = MoveToCategoryForm(
            request.POST if "apply" in request.POST else None, categories=Category.objects.all()
        )
        if form.is_valid():
            category = form.cleaned_data["category"]
            self._change_each(
                request, queryset, f"Chuyển sang {category}", lambda a: setattr(a, "category", category)
            )
            return None
        return TemplateResponse(
            request,
            "admin/articles/article/move_to_category.html",
            {**self.admin_site.each_context(request), "form": form, "articles": queryset, "opts": self.opts},
        )

    def _change_each(self, request, queryset, note, change):
        # One by one through save(), so that each gets its revision and keeps its version number honest.
        with transaction.atomic():
            for article in queryset.select_for_update(of=("self",)):
                before = (article.status, article.category)
                change(article)
                article.last_edited_by = request.user
                article.save()
                revision = revisions.record(article, request.user, note=note)
                record_article_change(request, article, before, note=note, revision=revision)
        self.message_user(request, f"Đã cập nhật {len(queryset)} bài viết.", messages.SUCCESS)

    def get_urls(self):
        return [
            path(
                "<int:article_id>/phien-ban/",
                self.admin_site.admin_view(self.revisions_view),
                name="articles_article_revisions",
            ),
            path(
                "<int:article_id>/phien-ban/<int:revision_id>/khoi-phuc/",
                self.admin_site.admin_view(self.restore_view),
                name="articles_article_restore",
            ),
            # Not through admin_view: an ended session gets a JSON answer the page can show, not a login page.
            path("tu-luu/", autosave.save, name="articles_article_autosave"),
            path(
                "thu-vien-anh/",
                self.admin_site.admin_view(photo_picker.library),
                name="articles_article_photo_library",
            ),
            path(
                "thu-vien-anh/<int:photo_id>/",
                self.admin_site.admin_view(photo_picker.set_details),
                name="articles_article_photo_details",
            ),
            path("<int:article_id>/tu-luu/", autosave.save, name="articles_article_autosave"),
            *super().get_urls(),
        ]

    def revisions_view(self, request, article_id):
        article = get_object_or_404(Article, pk=article_id)
        if not can_view(request.user, article):
            raise PermissionDenied
        history = list(article.revisions.select_related("created_by"))
        by_id = {revision.pk: revision for revision in history}
        older, newer = by_id.get(_int(request.GET.get("a"))), by_id.get(_int(request.GET.get("b")))
        return TemplateResponse(
            request,
            "admin/articles/article/revisions.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "original": article,
                "title": f"Phiên bản của “{article}”",
                "revisions": history,
                "older": older,
                "newer": newer,
                "differences": revisions.compare(older, newer) if older and newer else None,
                "can_restore": can_edit(request.user, article),
            },
        )

    def restore_view(self, request, article_id, revision_id):
        article = get_object_or_404(Article, pk=article_id)
        revision = get_object_or_404(ArticleRevision, pk=revision_id, article=article)
        if request.method != "POST" or not can_edit(request.user, article):
            raise PermissionDenied
        restored = revisions.restore(article, revision, request.user)
        record_article_change(request, article, None, note=f"Từ phiên bản #{revision.pk}", revision=restored)
        self.message_user(
            request,
            f"Đã khôi phục nội dung của phiên bản #{revision.pk} (lưu lúc "
            f"{timezone.localtime(revision.created_at):%H:%M %d-%m-%Y}).",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@admin.register(SiteSettings)
class SiteSettingsAdmin(RecordedAdmin, admin.ModelAdmin):
    form = SiteSettingsForm
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    fieldsets = [
        (None, {"fields": ["site_name", "tagline"]}),
        ("Giờ mở cửa hàng tuần", {"fields": WEEKDAY_FIELDS}),
        ("Liên hệ", {"fields": ["address", "phone", "email", "facebook_url", "youtube_url", "zalo"]}),
        (None, {"fields": ["footer_note"]}),
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        # There is only one record: the list is its form.
        settings_record = SiteSettings.load()
        return HttpResponseRedirect(reverse("admin:articles_sitesettings_change", args=[settings_record.pk]))


@admin.register(Page)
class PageAdmin(RecordedAdmin, BulkDeleteChangesContent, admin.ModelAdmin):
    list_display = ["title", "slug", "is_published", "updated_at"]
    fields = ["title", "slug", "body", "shows_contact_details", "is_published"]


@admin.register(ClosingDay)
class ClosingDayAdmin(RecordedAdmin, admin.ModelAdmin):
    form = ClosingDayForm
    list_display = ["date", "reason", "hours"]
    date_hierarchy = "date"

    @admin.display(description="giờ mở cửa")
    def hours(self, day):
        return day.hours_label

    formfield_overrides = DATE_FIELDS

    class Media:
        css = {"all": ["css/admin-editor.css"]}
        js = ["js/admin/calendar-jump.js"]


# Colleagues' accounts, the failed-logins lists, the redirect manager, documents and topics have modules of
# their own, imported here, where the admin looks for registrations.
from . import admin_accounts, admin_documents, admin_redirects  # noqa: E402, F401
