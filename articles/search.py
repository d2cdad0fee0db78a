"""Vietnamese search over published articles, with or without accents, on PostgreSQL and on SQLite.

PostgreSQL matches with its full-text search on unaccented text (an index on the same expression, created in
migration 0003_reader_search); SQLite, with no such machinery, matches whole words in the folded columns the
model keeps (Article.search_title and search_text). Both rank a title match above a match elsewhere, and the
excerpts with highlighted words are computed here in Python, so readers see the same page on both.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections
from django.db.models import Case, F, Func, Q, TextField, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .text import fold, plain_text, words

MAX_QUERY_LENGTH = 200
MAX_WORDS = 20
EXCERPT_LENGTH = 200
# How much text an excerpt shows before the first matched word.
EXCERPT_LEAD_IN = 60


def clean_query(raw):
    """What the reader typed, cut to a sane length, without control characters (a NUL byte, say)."""
    text = "".join(c if c.isprintable() else " " for c in (raw or "")[:MAX_QUERY_LENGTH])
    return " ".join(text.split())


def query_words(query):
    """The distinct folded words to look for: 'Kết nạp ĐẢNG kết' -> ['ket', 'nap', 'dang']."""
    return list(dict.fromkeys(words(query)))[:MAX_WORDS]


class Unaccent(Func):
    """The IMMUTABLE wrapper around PostgreSQL's unaccent() that the search index is built on."""

    function = "bulletin_unaccent"
    output_field = TextField()


def document_vector():
    """The weighted vector an article is found by: the index's very expression, or the index goes unused."""
    return (
        SearchVector(Unaccent(F("title")), config="simple", weight="A")
        + SearchVector(Unaccent(F("lead")), config="simple", weight="B")
        + SearchVector(Unaccent(F("body")), config="simple", weight="C")
    )


def find(articles, query_words):
    """The articles matching every word, best first: title matches, then by rank or date, newest first."""
    if not query_words:
        return articles.none()
    if connections[articles.db].vendor == "postgresql":
        return _find_with_full_text_search(articles, query_words)
    return _find_in_folded_text(articles, query_words)


def _find_with_full_text_search(articles, query_words):
    query = SearchQuery(" ".join(query_words), config="simple", search_type="plain")
    title_vector = SearchVector(Unaccent(F("title")), config="simple")
    return (
        articles.alias(document=document_vector())
        .filter(document=query)
        .alias(
            title_vector=title_vector,
            title_match=Case(When(title_vector=query, then=Value(1)), default=Value(0)),
            rank=SearchRank(F("document"), query),
        )
        .order_by("-title_match", "-rank", "-published_at", "-pk")
    )


def _find_in_folded_text(articles, query_words):
    # The columns hold " word word " with spaces round every word: " dang " matches the word only.
    in_text = Q(*[Q(search_text__contains=f" {word} ") for word in query_words])
    in_title = Q(*[Q(search_title__contains=f" {word} ") for word in query_words])
    return (
        articles.filter(in_text)
        .alias(title_match=Case(When(in_title, then=Value(1)), default=Value(0)))
        .order_by("-title_match", "-published_at", "-pk")
    )


@dataclass(frozen=True)
class Result:
    article: object
    title: SafeString
    excerpt: SafeString


def results(articles, query_words):
    """Each article with its title highlighted and a short excerpt around the first matched word."""
    return [
        Result(article, highlight(article.title, query_words), excerpt(article, query_words))
        for article in articles
    ]


def excerpt(article, query_words):
    """Some 200 characters of the lead or body around the first matched word, the words marked."""
    lead, body = article.lead, plain_text(article.body)
    for text in (lead, body):
        spans = matches(text, query_words)
        if spans:
            return _cut(text, spans)
    return _cut(lead, [])


def highlight(text, query_words):
    """The whole text, escaped, with every matched word in <mark>."""
    return _marked(text, matches(text, query_words), 0, len(text))


def matches(text, query_words):
    """(start, end) of every whole word of `text` that folds to one of the words, accents and case ignored."""
    if not query_words or not text:
        return []
    folded, origin = _fold_with_origin(text)
    alternatives = "|".join(re.escape(word) for word in sorted(query_words, key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")
    spans = []
    for match in pattern.finditer(folded):
        start = origin[match.start()]
        # The end takes along the combining marks of a decomposed last letter.
        end = origin[match.end()] if match.end() < len(folded) else len(text)
        spans.append((start, end))
    return spans


def _fold_with_origin(text):
    """The folded text and, for each of its characters, where it came from in `text`."""
    folded, origin = [], []
    for index, char in enumerate(text):
        for folded_char in char.lower() if char < "\x80" else fold(char):
            folded.append(folded_char)
            origin.append(index)
    return "".join(folded), origin


def _cut(text, spans):
    if len(text) <= EXCERPT_LENGTH:
        return _marked(text, spans, 0, len(text))
    start = 0
    if spans and spans[0][0] > EXCERPT_LEAD_IN:
        start = text.find(" ", spans[0][0] - EXCERPT_LEAD_IN) + 1
    end = min(len(text), start + EXCERPT_LENGTH)
    if end < len(text) and " " in text[start:end]:
        end = text.rindex(" ", start, end)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + _marked(text, spans, start, end) + suffix)


def _marked(text, spans, start, end):
    pieces, position = [], start
    for span_start, span_end in spans:
        if span_start < position or span_end > end:
            continue
        pieces.append(escape(text[position:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    pieces.append(escape(text[position:end]))
    return mark_safe("".join(pieces))  # every piece of the text is escaped above
