from django import forms
from django.contrib import admin
from django.db import models
from django.http import HttpResponseRedirect
from django.urls import reverse

from .models import Article, ArticleImage, Category, ClosingDay, Page, SiteSettings

# A web address typed without its scheme is an https one (Django 6's default, chosen now).
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "is_in_menu"]
    list_editable = ["position", "is_in_menu"]
    search_fields = ["name"]
    fields = ["name", "slug", "description", "position", "is_in_menu"]


class ArticleImageInline(admin.StackedInline):
    model = ArticleImage
    extra = 1
    fields = ["image", "caption", "alt_text", "position"]
    verbose_name_plural = (
        "Ảnh có chú thích — ảnh thứ nhất trong danh sách chèn vào bài bằng [ảnh 1], ảnh thứ hai "
        "bằng [ảnh 2]…; ảnh không được chèn sẽ hiện ở cuối bài"
    )


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    widgets = {
        "title": forms.TextInput(attrs={"class": "vLargeTextField", "size": 90}),
        "lead": forms.Textarea(attrs={"rows": 3, "cols": 90}),
    }
    list_display = ["title", "category", "status", "published_at", "is_featured", "view_count"]
    list_filter = ["status", "category", "is_featured", "published_at"]
    list_select_related = ["category"]
    search_fields = ["title"]
    date_hierarchy = "published_at"
    ordering = ["-published_at"]
    inlines = [ArticleImageInline]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    readonly_fields = ["view_count", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "lead", "body"]}),
        ("Ảnh đại diện", {"fields": ["cover", "cover_alt"]}),
        ("Nguồn", {"fields": ["source_name", "source_url"]}),
        (
            "Đăng bài",
            {"fields": ["status", "published_at", "is_featured", "view_count", "updated_at"]},
        ),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.widgets:
            kwargs["widget"] = self.widgets[db_field.name]
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        # A published article's address is out in the world: keep it, whatever happens to the title.
        if obj is not None and obj.status == Article.Status.PUBLISHED:
            return [*self.readonly_fields, "slug"]
        return self.readonly_fields

    def get_queryset(self, request):
        return super().get_queryset(request).defer("body")


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    fieldsets = [
        (None, {"fields": ["site_name", "tagline"]}),
        (
            "Giờ mở cửa",
            {
                "fields": [
                    ("first_open_day", "last_open_day"),
                    ("morning_opens_at", "morning_closes_at"),
                    ("afternoon_opens_at", "afternoon_closes_at"),
                ]
            },
        ),
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
class PageAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "is_published", "updated_at"]
    fields = ["title", "slug", "body", "shows_contact_details", "is_published"]


@admin.register(ClosingDay)
class ClosingDayAdmin(admin.ModelAdmin):
    list_display = ["date", "reason"]
    date_hierarchy = "date"
