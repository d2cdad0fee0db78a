from django import forms

from .models import Article


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = [
            *["title", "slug", "category", "lead", "body", "cover", "cover_alt"],
            *["source_name", "source_url", "status", "published_at", "is_featured"],
        ]
        widgets = {
            "title": forms.TextInput(attrs={"class": "vLargeTextField", "size": 90}),
            "lead": forms.Textarea(attrs={"rows": 3, "cols": 90}),
        }
