"""Site admins' redirect manager: old addresses (the old library site's "…-n697.html", any path) that answer
301 to an article or a page, added one by one, from the 404 log, or many at once from a CSV file."""

import csv
import io
from urllib.parse import unquote, urlencode, urlsplit

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import Resolver404, path, resolve, reverse
from django.utils.html import format_html

from .models import Article, LegacyRedirect, MissingAddress, Page

CSV_MAX_BYTES = 2 * 1024 * 1024


def old_address_key(typed):
    """'https://old.example.vn/tin-tuc/le-ket-nap-n697.html?x=1' or '/tin-tuc/…' -> the stored key."""
    parts = urlsplit(typed.strip())
    if not parts.path and not parts.query:
        raise ValidationError("Nhập địa chỉ cũ, ví dụ /tin-tuc/le-ket-nap-n697.html.")
    return LegacyRedirect.key(unquote(parts.path or "/"), parts.query)


def target_of(typed):
    """One of our addresses ('/bai-viet/slug/', '/trang/slug/', domain or not) -> (article, page)."""
    try:
        match = resolve(unquote(urlsplit(typed.strip()).path))
    except Resolver404:
        match = None
    if match and match.url_name == "detail":
        article = Article.objects.filter(slug=match.kwargs["slug"]).first()
        if article:
            return article, None
    if match and match.url_name == "page":
        page = Page.objects.filter(slug=match.kwargs["slug"]).first()
        if page:
            return None, page
    raise ValidationError(
        f"“{typed.strip()}” không phải địa chỉ của một bài viết hay một trang trên trang này."
    )


def check_redirect(key, article, page):
    """Refuse what could never work: no target or two, an address that is already a page here, a loop."""
    if bool(article) == bool(page):
        raise ValidationError("Chọn một bài viết hoặc một trang tĩnh (chỉ một).")
    target = (article or page).get_absolute_url()
    if key == LegacyRedirect.key(target):
        raise ValidationError("Địa chỉ cũ trùng với địa chỉ của bài: chuyển hướng sẽ quay vòng.")
    address, _, query = key.partition("?")
    if query:
        return  # the old WordPress site's "/?p=123": the middleware looks these up before our pages answer
    try:
        match = resolve(address if address.endswith("/") else address + "/")
    except Resolver404:
        return
    slug = match.kwargs.get("slug")
    live = (match.url_name == "detail" and Article.objects.published().filter(slug=slug).exists()) or (
        match.url_name == "page" and Page.objects.published().filter(slug=slug).exists()
    )
    if live or match.url_name in {"home", "search", "opening_status", "feed", "sitemap", "robots"}:
        raise ValidationError("Địa chỉ này đang là một trang của trang web, không chuyển hướng được.")


class LegacyRedirectForm(forms.ModelForm):
    old_path = forms.CharField(
        label="địa chỉ cũ",
        max_length=LegacyRedirect.OLD_PATH_LENGTH,
        help_text="Đường dẫn hay địa chỉ đầy đủ của trang cũ, ví dụ /tin-tuc/le-ket-nap-dang-vien-n697.html.",
    )

    class Meta:
        model = LegacyRedirect
        fields = ["old_path", "article", "page"]
        labels = {"article": "bài viết", "page": "hoặc trang tĩnh"}

    def clean_old_path(self):
        key = old_address_key(self.cleaned_data["old_path"])
        taken = LegacyRedirect.objects.filter(old_path=key).exclude(pk=self.instance.pk)
        if taken.exists():
            raise ValidationError("Địa chỉ cũ này đã có chuyển hướng.")
        return key

    def clean(self):
        cleaned = super().clean()
        if "old_path" in cleaned:
            try:
                check_redirect(cleaned["old_path"], cleaned.get("article"), cleaned.get("page"))
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


class CsvImportForm(forms.Form):
    file = forms.FileField(
        label="tệp CSV",
        help_text="Mỗi dòng: địa chỉ cũ, địa chỉ mới trên trang này (/bai-viet/… hoặc /trang/…). "
        "Dòng tiêu đề (nếu có) được bỏ qua.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > CSV_MAX_BYTES:
            raise ValidationError("Tệp lớn quá 2 MB: hãy chia thành nhiều tệp.")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(
                "Tệp không phải văn bản UTF-8 (hãy lưu lại từ Excel dạng “CSV UTF-8”)."
            ) from None


def import_rows(text):
    """(saved count, [(line number, reason)]) for a CSV of old address, new address; each line on its own."""
    saved, problems = 0, []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and not cells[0].startswith(("/", "http")):
            continue  # a header line
        if len(cells) < 2:
            problems.append((number, "cần hai cột: địa chỉ cũ, địa chỉ mới"))
            continue
        try:
            key = old_address_key(cells[0])
            if "\x00" in key or len(key) > LegacyRedirect.OLD_PATH_LENGTH:
                raise ValidationError("địa chỉ cũ dài quá hoặc có ký tự lạ")
            article, page = target_of(cells[1])
            check_redirect(key, article, page)
        except ValidationError as error:
            problems.append((number, " ".join(error.messages)))
            continue
        LegacyRedirect.objects.update_or_create(old_path=key, defaults={"article": article, "page": page})
        MissingAddress.objects.filter(path=key).delete()
        saved += 1
    return saved, problems


@admin.register(LegacyRedirect)
class LegacyRedirectAdmin(admin.ModelAdmin):
    form = LegacyRedirectForm
    list_display = ["old_path", "target", "created_at"]
    list_select_related = ["article", "page"]
    search_fields = ["old_path"]
    autocomplete_fields = ["article"]
    list_per_page = 50

    @admin.display(description="chuyển đến")
    def target(self, redirect):
        item = redirect.article or redirect.page
        return format_html('<a href="{}">{}</a>', item.get_absolute_url(), item) if item else "—"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        MissingAddress.objects.filter(path=obj.old_path).delete()

    def get_urls(self):
        return [
            path(
                "nhap-csv/",
                self.admin_site.admin_view(self.import_view),
                name="articles_legacyredirect_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = CsvImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            with transaction.atomic():
                saved, problems = import_rows(form.cleaned_data["file"])
            self.message_user(request, f"Đã lưu {saved} chuyển hướng.", messages.SUCCESS)
            for number, reason in problems[:50]:
                self.message_user(request, f"Dòng {number}: {reason}.", messages.WARNING)
            if len(problems) > 50:
                self.message_user(request, f"Và {len(problems) - 50} dòng lỗi khác.", messages.WARNING)
            return HttpResponseRedirect(reverse("admin:articles_legacyredirect_changelist"))
        return TemplateResponse(
            request,
            "admin/articles/legacyredirect/import.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "form": form,
                "title": "Nhập từ tệp CSV",
            },
        )


@admin.register(MissingAddress)
class MissingAddressAdmin(admin.ModelAdmin):
    list_display = ["path", "hit_count", "last_seen_at", "add_redirect"]
    ordering = ["-hit_count"]
    search_fields = ["path"]
    readonly_fields = ["path", "hit_count", "first_seen_at", "last_seen_at"]
    list_per_page = 50

    @admin.display(description="")
    def add_redirect(self, missing):
        url = reverse("admin:articles_legacyredirect_add")
        return format_html(
            '<a href="{}?{}">Thêm chuyển hướng</a>', url, urlencode({"old_path": missing.path})
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
