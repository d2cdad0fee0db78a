from django import forms
from django.db import models
from django_ckeditor_5.fields import CKEditor5Field

from .images import INVALID_IMAGE_MESSAGE, check_image
from .text import sanitize_html


class RichTextField(CKEditor5Field):
    """Rich text edited in CKEditor and sanitised on every save, whatever sent it (admin, import, shell)."""

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value


class PhotoFormField(forms.ImageField):
    # Django's own message for a broken image has no Vietnamese translation.
    default_error_messages = {"invalid_image": INVALID_IMAGE_MESSAGE}

    def to_python(self, data):
        # Our checks first: Django's own decoding would let a decompression bomb through with a mere warning.
        if data:
            check_image(data)
        return super().to_python(data)


class PhotoField(models.ImageField):
    """An image field whose form accepts only what articles.images.check_image passes."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PhotoFormField, **kwargs})
