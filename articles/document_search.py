"""Finding documents by number in any spelling ("15-NQ/TU", "15/NQ-TU", "nq 15"), abstract or files' text.

As the article search (articles.search): folded words, so accents and case never matter; on PostgreSQL the
vectors generated from Document.search_number and search_text (migration 0010), on SQLite whole-word
matching. Documents whose number holds every word come first, then the others, each newest first.
"""

from django.db import connections
from django.db.models import BooleanField, Case, Q, Value, When
from django.db.models.expressions import RawSQL

from .models import number_words
from .search import MAX_WORDS


def query_words(query):
    """'Nghị quyết 15NQ/TU' -> ['nghi', 'quyet', '15', 'nq', 'tu']: digits stuck to letters split."""
    return list(dict.fromkeys(number_words(query)))[:MAX_WORDS]


def find(documents, words):
    """The documents holding every word, number matches first; each group newest first."""
    if not words:
        return documents.none()
    if connections[documents.db].vendor == "postgresql":
        query = " & ".join(f"'{word}'" for word in words)  # number_words() holds letters and digits only

        def matching(column):
            sql = f'"articles_document"."{column}" @@ to_tsquery(\'simple\', %s)'
            return Q(RawSQL(sql, [query], output_field=BooleanField()))

        in_number, anywhere = matching("search_number_document"), matching("search_document")
    else:
        in_number = Q(*[Q(search_number__contains=f" {word} ") for word in words])
        anywhere = Q(*[Q(search_text__contains=f" {word} ") for word in words])
    return (
        documents.filter(anywhere)
        .alias(by_number=Case(When(in_number, then=Value(1)), default=Value(0)))
        .order_by("-by_number", "-issued_on", "-published_at", "-pk")
    )
