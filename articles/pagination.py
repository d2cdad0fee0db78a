from django.core.paginator import Paginator

from .models import Article


class CategoryPaginator(Paginator):
    """A category's published articles, newest first, as lists show them: a page of them is one query
    (Article.objects.page_in_category), deep in the archive as on page 1.

    `count` is the category's number of published articles, which its pages share (articles.views). A page
    holds what the database has, even if an article came out after the count was taken.
    """

    def __init__(self, category, per_page, *, count):
        super().__init__((), per_page)
        self.category = category
        self.count = count  # in place of the cached property that would count the empty list

    def page(self, number):
        number = self.validate_number(number)
        start = (number - 1) * self.per_page
        articles = Article.objects.page_in_category(self.category.pk, start, self.per_page)
        return self._get_page(articles, number, self)
