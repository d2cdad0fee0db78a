"""The newsroom's admin for documents ("Văn bản") and topics ("Chuyên đề"), registered from admin.py."""

from django.contrib import admin
from django.db.models import Sum
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from .admin import BulkDeleteChangesContent
from .document_forms import (
    VIETNAMESE_DATE_FORMATS,
    DocumentAdminForm,
    DocumentFileForm,
    can_publish_documents,
)
from .models import Document, DocumentFile, DocumentSubject, DocumentType, Issuer, Topic, TopicFeature


class VocabularyAdmin(BulkDeleteChangesContent, admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    fields = ["name", "slug", "position"]


admin.site.register(DocumentType, VocabularyAdmin)
admin.site.register(Issuer, VocabularyAdmin)
admin.site.register(DocumentSubject, VocabularyAdmin)


class DocumentFileInline(admin.TabularInline):
    model = DocumentFile
    form = DocumentFileForm
    extra = 1
    readonly_fields = ["kind", "size_label", "download_count"]
    verbose_name_plural = (
        "Tệp văn bản — PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ODT; kiểm tra theo nội dung tệp"
    )

    @admin.display(description="dung lượng")
    def size_label(self, document_file):
        return filesizeformat(document_file.size) if document_file.pk else ""


@admin.register(Document)
class DocumentAdmin(BulkDeleteChangesContent, admin.ModelAdmin):
    form = DocumentAdminForm
    list_display = ["number", "document_type", "short_abstract", "issuer", "issued_on", "state", "downloads"]
    list_display_links = ["number", "short_abstract"]
    list_filter = ["status", "document_type", "issuer", "subjects", "issued_on"]
    list_select_related = ["document_type", "issuer"]
    show_full_result_count = False
    search_fields = ["number", "abstract", "signer"]
    date_hierarchy = "issued_on"
    ordering = ["-issued_on", "-pk"]
    inlines = [DocumentFileInline]
    autocomplete_fields = ["replaced_by", "articles"]
    filter_horizontal = ["subjects"]
    readonly_fields = ["author", "last_edited_by", "updated_at"]
    fieldsets = [
        (None, {"fields": ["document_type", "number", "abstract", "issuer", "signer"]}),
        ("Ngày tháng và hiệu lực", {"fields": ["issued_on", "effective_on", "expires_on", "replaced_by"]}),
        ("Phân loại và liên kết", {"fields": ["subjects", "articles", "slug"]}),
        ("Đăng văn bản", {"fields": ["status", "published_at", "author", "last_edited_by", "updated_at"]}),
    ]

    @admin.display(description="trích yếu")
    def short_abstract(self, document):
        return document.abstract[:100]

    @admin.display(description="trạng thái", ordering="status")
    def state(self, document):
        if document.status == Document.Status.PUBLISHED and document.published_at > timezone.now():
            return "Hẹn giờ đăng"
        return document.get_status_display()

    @admin.display(description="lượt tải")
    def downloads(self, document):
        return document.download_total or 0

    def get_queryset(self, request):
        documents = super().get_queryset(request).defer("search_number", "search_text")
        return documents.annotate(download_total=Sum("files__download_count"))

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def get_readonly_fields(self, request, obj=None):
        if can_publish_documents(request.user):
            return self.readonly_fields
        return [*self.readonly_fields, "published_at"]

    def has_change_permission(self, request, obj=None):
        # Writers propose: their own documents, until an editor publishes them.
        if obj is not None and not can_publish_documents(request.user):
            if obj.author_id != request.user.pk or obj.status == Document.Status.PUBLISHED:
                return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if not can_publish_documents(request.user):
            return False
        return super().has_delete_permission(request, obj)

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_visible else None

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        obj.last_edited_by = request.user
        if (
            obj.status == Document.Status.PUBLISHED
            and form.initial.get("status") != Document.Status.PUBLISHED
            and form.initial.get("published_at") == form.cleaned_data.get("published_at")
            and obj.published_at <= timezone.now()
        ):
            obj.published_at = timezone.now()  # published today unless an editor chose the time
        super().save_model(request, obj, form, change)


class TopicFeatureInline(admin.TabularInline):
    model = TopicFeature
    extra = 1
    autocomplete_fields = ["article", "document"]
    fields = ["position", "article", "document"]


@admin.register(Topic)
class TopicAdmin(BulkDeleteChangesContent, admin.ModelAdmin):
    list_display = ["name", "starts_on", "ends_on", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    autocomplete_fields = ["cover", "documents"]
    inlines = [TopicFeatureInline]
    fields = ["name", "slug", "intro", "cover", "starts_on", "ends_on", "position", "documents"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        for name in ["starts_on", "ends_on"]:
            form.base_fields[name].input_formats = VIETNAMESE_DATE_FORMATS
            form.base_fields[name].widget.format = "%d/%m/%Y"
        return form
