"""Who may do what with an article: one place for the admin, the preview and the bulk actions."""

from .models import Article, Page

# What only those who publish change: writers see them read-only in the form, and a restore leaves them be.
PUBLISHING_FIELDS = ["review_comment", "published_at", "is_featured"]


def can_publish(user):
    return user.has_perm("articles.publish_article")


def can_edit(user, article):
    """Editors edit any article; a writer edits their own, and only while it is a draft."""
    if not user.has_perm("articles.change_article"):
        return False
    if user.has_perm("articles.edit_others_article"):
        return True
    return article.author_id == user.pk and article.status == Article.Status.DRAFT


def can_change_photo(user, photo):
    """Editors change any library photo. A writer changes one that only their own drafts show, or that
    they uploaded and nothing shows yet: a published article's photo changes only after review."""
    if not user.has_perm("articles.change_photo"):
        return False
    if user.has_perm("articles.edit_others_article"):
        return True
    showing = Article.objects.showing_photo(photo)
    if showing.exclude(author=user, status=Article.Status.DRAFT).exists():
        return False
    if Page.objects.filter(body__contains=photo.image.name).exists():
        return False
    return photo.uploaded_by_id == user.pk or showing.exists()


def can_view(user, article):
    if not user.is_active or not user.is_staff:
        return False
    return user.has_perm("articles.edit_others_article") or article.author_id == user.pk


def allowed_statuses(user, article):
    """The states this user may leave the article in."""
    if can_publish(user):
        return list(Article.Status)
    return [Article.Status.DRAFT, Article.Status.REVIEW]


def fields_out_of_reach(user):
    """The article fields this user may not change, in the form or by restoring a revision."""
    return [] if can_publish(user) else PUBLISHING_FIELDS
