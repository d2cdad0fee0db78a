"""The newsroom's forms for documents and their files: Vietnamese dates, files checked by content."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from .documents import check_document
from .models import Document, DocumentFile

# Day first, as Vietnamese write dates ("14/01/2021", "14-01-2021"); ISO for the browser's own date inputs.
VIETNAMESE_DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
DATE_FIELDS = ["issued_on", "effective_on", "expires_on"]
WRITER_STATUSES = [Document.Status.DRAFT, Document.Status.REVIEW]


def can_publish_documents(user):
    return user.has_perm("articles.publish_document")


class DocumentAdminForm(forms.ModelForm):
    """The document form; `user` is set by the admin for the person editing."""

    user = None

    class Meta:
        model = Document
        fields = [
            *["document_type", "number", "abstract", "issuer", "signer"],
            *["issued_on", "effective_on", "expires_on", "replaced_by", "subjects", "articles", "slug"],
            *["status", "published_at"],
        ]
        widgets = {"abstract": forms.Textarea(attrs={"rows": 3, "cols": 90})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in DATE_FIELDS:
            field = self.fields[name]
            field.input_formats = VIETNAMESE_DATE_FORMATS
            field.widget.format = "%d/%m/%Y"
            field.help_text = (field.help_text + " " if field.help_text else "") + "Ví dụ: 14/01/2021."
        if "status" in self.fields and self.user is not None and not can_publish_documents(self.user):
            self.fields["status"].choices = [(s.value, s.label) for s in WRITER_STATUSES]

    def clean(self):
        cleaned = super().clean()
        effective, expires = cleaned.get("effective_on"), cleaned.get("expires_on")
        if effective and expires and expires < effective:
            self.add_error("expires_on", "Ngày hết hiệu lực phải sau ngày có hiệu lực.")
        replaced_by = cleaned.get("replaced_by")
        if replaced_by is not None and self.instance.pk and replaced_by.pk == self.instance.pk:
            self.add_error("replaced_by", "Văn bản không thể thay thế chính nó.")
        return cleaned


class DocumentFileForm(forms.ModelForm):
    class Meta:
        model = DocumentFile
        fields = ["file", "name", "position"]

    checked = None

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # a new file, not the one already stored
            try:
                self.checked = check_document(upload)
            except ValidationError as error:
                raise ValidationError(error.messages) from None
        return upload

    def save(self, commit=True):
        if self.checked is not None:
            self.instance.use_checked(self.checked)
        return super().save(commit)
