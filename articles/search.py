"""Vietnamese search over published articles, with or without accents, on PostgreSQL and on SQLite.

Both look in the folded words the model keeps (Article.search_title and search_text): PostgreSQL through
full-text search on vectors generated from them and indexed, SQLite by whole-word matching. Both list title
matches first, and the excerpts with highlighted words are computed here in Python, so readers see the same
page on both.
"""

import re
from dataclasses import dataclass

from django.db import connections
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.utils.functional import cached_property
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


# Readers page through the first thousand matches; past that the page says "hơn 1000" and asks for more words.
MAX_RESULTS = 1000


def find(articles, query_words, by_id=None):
    """The articles holding every word: those with every word in the title first, each group newest first.

    `by_id(ids)` gives {id: article} of the shape `articles` has, for a page whose ids are known (by default,
    the queryset's in_bulk()).

    Newest first rather than by a relevance score: a score must be computed for every match before the first
    page can be cut, which took seconds for a common word in 100,000 articles; by date PostgreSQL walks the
    index and stops after one page.
    """
    if not query_words:
        return Found(articles.none(), articles.none(), by_id)
    if connections[articles.db].vendor == "postgresql":
        in_title, in_text = _full_text_matches(query_words)
    else:
        in_title, in_text = _folded_text_matches(query_words)
    articles = articles.newest_first()
    return Found(articles.filter(in_title), articles.filter(in_text).exclude(in_title), by_id)


def having_every_word(articles, query_words):
    """The articles holding every word in the title, lead or body, in any order given: the admin's search."""
    if connections[articles.db].vendor == "postgresql":
        in_title, in_text = _full_text_matches(query_words)
    else:
        in_title, in_text = _folded_text_matches(query_words)
    return articles.filter(in_title | in_text)


def _full_text_matches(query_words):
    # The columns are generated from the folded words and indexed (migration 0009_search_documents); a
    # separate one for the titles gives PostgreSQL true statistics of how often a word is in a title.
    query = " & ".join(f"'{word}'" for word in query_words)  # words() holds letters and digits only

    def matching(column):
        sql = f'"articles_article"."{column}" @@ to_tsquery(\'simple\', %s)'
        return Q(RawSQL(sql, [query], output_field=BooleanField()))

    return matching("search_title_document"), matching("search_document")


def _folded_text_matches(query_words):
    # The columns hold " word word " with spaces round every word: " dang " matches the word only.
    in_title = Q(*[Q(search_title__contains=f" {word} ") for word in query_words])
    in_text = Q(*[Q(search_text__contains=f" {word} ") for word in query_words])
    return in_title, in_text


class Found:
    """The matches as one list for Django's Paginator: title matches, then the others; MAX_RESULTS at most.

    Each group is first read as ids and dates, MAX_RESULTS + 1 at most, which counts it. A group that ends
    within that is paged from its ids: PostgreSQL, asked for a rare combination of common words newest first,
    walks the date index through the whole archive (a second), where the ids come from the text index in
    milliseconds. A longer group is paged by the date index, which then finds a page at once.
    """

    def __init__(self, in_title, elsewhere, by_id=None):
        self.in_title, self.elsewhere, self.by_id = in_title, elsewhere, by_id

    @cached_property
    def _groups(self):
        title = _Group(self.in_title, MAX_RESULTS + 1, self.by_id)
        return title, _Group(self.elsewhere, MAX_RESULTS + 1 - len(title.ids), self.by_id)

    @property
    def is_capped(self):
        """More than MAX_RESULTS articles match: only the first MAX_RESULTS are listed."""
        return self._matched > MAX_RESULTS

    @property
    def _matched(self):
        return sum(len(group.ids) for group in self._groups)  # MAX_RESULTS + 1 at most

    def count(self):
        return min(self._matched, MAX_RESULTS)

    def __len__(self):
        return self.count()

    def __getitem__(self, page):
        title, elsewhere = self._groups
        start, stop = page.start or 0, min(page.stop, self.count())
        found = title.page(start, stop)
        if stop > len(title.ids):
            found += elsewhere.page(max(0, start - len(title.ids)), stop - len(title.ids))
        return found


class _Group:
    def __init__(self, articles, limit, by_id):
        rows = list(articles.order_by().values_list("published_at", "pk")[:limit]) if limit > 0 else []
        self.articles, self.is_complete = articles, len(rows) < limit
        self.by_id = by_id or articles.in_bulk
        self.ids = [pk for _, pk in sorted(rows, reverse=True)]  # newest first, as articles.newest_first()

    def page(self, start, stop):
        if start >= stop or start >= len(self.ids):
            return []
        if not self.is_complete:
            return list(self.articles[start:stop])
        wanted = self.ids[start:stop]
        found = self.by_id(wanted)
        return [found[pk] for pk in wanted]


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


# Each character met so far, folded ({code point: folded}), for str.translate; and those that do not fold to
# exactly one character (combining marks fold to none): a text without any has its characters where they were.
_FOLDED = {}
_NOT_ONE_TO_ONE = set()


def _fold_with_origin(text):
    """The folded text and, for each of its characters, where it came from in `text`."""
    characters = set(text)
    for char in [char for char in characters if ord(char) not in _FOLDED]:
        folded_char = char.lower() if char < "\x80" else fold(char)
        _FOLDED[ord(char)] = folded_char
        if len(folded_char) != 1:
            _NOT_ONE_TO_ONE.add(char)
    if characters.isdisjoint(_NOT_ONE_TO_ONE):
        return text.translate(_FOLDED), range(len(text))
    folded, origin = [], []
    for index, char in enumerate(text):
        for folded_char in _FOLDED[ord(char)]:
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
