"""Vietnamese search over published articles, with or without accents, on PostgreSQL and on SQLite.

Both look in the folded words the model keeps (Article.search_title and search_text): PostgreSQL through
full-text search on vectors generated from them and indexed, SQLite by whole-word matching. Both list title
matches first, and the excerpts with highlighted words are computed here in Python, so readers see the same
page on both.

The statements are written here rather than built as querysets: building and compiling them cost Django
several times what PostgreSQL takes to answer them (as Article.objects.front_page()).
"""

import html
import re
from dataclasses import dataclass

from django.db import connections
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import SafeString, mark_safe

from .models import Article
from .models.articles import earliest_in_sql
from .models.compiled import CompiledQuery
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


def find(query_words, using="default"):
    """The published articles holding every word: those with every word in the title first, each group
    newest first, as their pages show them (for_reading()).

    Newest first rather than by a relevance score: a score must be computed for every match before the first
    page can be cut, which took seconds for a common word in 100,000 articles; by date PostgreSQL walks the
    index and stops after one page.
    """
    return Found(query_words, using)


def having_every_word(articles, query_words):
    """The articles holding every word in the title, lead or body, in any order given: the admin's search."""
    vendor = connections[articles.db].vendor
    terms = _terms(vendor, query_words)
    in_title, in_text = _matching(vendor, "title", terms), _matching(vendor, "text", terms)
    sql = f"({in_title}) OR ({in_text})"
    return articles.filter(Q(RawSQL(sql, terms * 2, output_field=BooleanField())))


# The columns each database looks in (the title's words, and all of them), and how it matches a term there.
# PostgreSQL's are generated from the folded words and indexed (migration 0009_search_documents); a separate
# one for the titles gives it true statistics of how often a word is in a title. SQLite's hold " word word "
# with spaces round every word: " dang " matches the word only.
_COLUMNS = {
    "postgresql": (
        {"title": "search_title_document", "text": "search_document"},
        "@@ to_tsquery('simple', %s)",
    ),
    "sqlite": ({"title": "search_title", "text": "search_text"}, "LIKE %s"),
}


def _terms(vendor, query_words):
    """What the statements are given for the words: PostgreSQL one query of them all, SQLite one pattern
    each (words() holds letters and digits only: nothing there needs quoting or escaping)."""
    if vendor == "postgresql":
        return [" & ".join(f"'{word}'" for word in query_words)]
    return [f"% {word} %" for word in query_words]


def _matching(vendor, column, terms):
    """The condition that every term matches in the column ("title" or "text"), one %s per term."""
    columns, operator = _COLUMNS.get(vendor, _COLUMNS["sqlite"])
    return " AND ".join(f'"{Article._meta.db_table}"."{columns[column]}" {operator}' for _ in terms)


def _in_group(vendor, group, terms):
    """The condition of the group's articles ("title": every word in the title; "elsewhere": every word in
    the text, not all in the title), and its parameters."""
    in_title = _matching(vendor, "title", terms)
    if group == "title":
        return in_title, list(terms)
    return f"{_matching(vendor, 'text', terms)} AND NOT ({in_title})", [*terms, *terms]


_PUBLISHED = f'"{Article._meta.db_table}"."status" = %s AND "{Article._meta.db_table}"."published_at" <= %s'


class Found:
    """The matches as one list for Django's Paginator: title matches, then the others; MAX_RESULTS at most.

    Each group is first read as ids, MAX_RESULTS + 1 at most, which counts it: taken as the text index gives
    them, then sorted. A group that ends within that is paged from its ids: PostgreSQL, asked for a rare
    combination of common words newest first, walks the date index through the whole archive (a second),
    where the ids come from the text index in milliseconds. A longer group is paged by the date index, which
    then finds a page at once.
    """

    def __init__(self, query_words, using="default"):
        self.query_words, self.using = query_words, using

    @cached_property
    def _groups(self):
        if not self.query_words:
            return _Group.none(), _Group.none()
        connection = connections[self.using]
        terms = _terms(connection.vendor, self.query_words)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        title = _Group("title", terms, now, MAX_RESULTS + 1, self.using)
        return title, _Group("elsewhere", terms, now, MAX_RESULTS + 1 - len(title.ids), self.using)

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
    def __init__(self, group, terms, now, limit, using):
        self.group, self.terms, self.now, self.using = group, terms, now, using
        self.ids, self.is_complete = [], True
        if limit <= 0:
            return
        condition, params = _in_group(connections[using].vendor, group, terms)
        ids = (
            f"SELECT id FROM (SELECT id, published_at FROM {Article._meta.db_table} WHERE {_PUBLISHED}"
            f" AND {condition} LIMIT %s) found ORDER BY published_at DESC, id DESC"
        )
        with connections[using].cursor() as cursor:
            cursor.execute(ids, [Article.Status.PUBLISHED, now, *params, limit])
            self.ids = [pk for (pk,) in cursor.fetchall()]
        self.is_complete = len(self.ids) < limit

    @classmethod
    def none(cls):
        return cls(None, [], None, 0, None)

    def page(self, start, stop):
        if start >= stop or start >= len(self.ids):
            return []
        if not self.is_complete:
            return _page(self.group, self.terms, self.using, now=self.now, start=start, size=stop - start)
        wanted = self.ids[start:stop]
        found = Article.objects.db_manager(self.using).by_id(wanted, for_reading=True)
        return [found[pk] for pk in wanted]


# A CompiledQuery (articles.models.compiled) per group, database and number of terms: a page of a long group.
_PAGES = {}


def _page(group, terms, using, **values):
    vendor = connections[using].vendor
    query = _PAGES.get((group, vendor, len(terms)))
    if query is None:

        def build(now, start, size, **terms):
            condition, params = _in_group(vendor, group, list(terms.values()))
            # The bounds are parameters of the ids' statement, where a slice would write them into the SQL.
            ids = (
                f"SELECT id FROM {Article._meta.db_table} WHERE {_PUBLISHED} AND {condition}"
                " ORDER BY published_at DESC, id DESC LIMIT %s OFFSET %s"
            )
            in_page = RawSQL(ids, [Article.Status.PUBLISHED, now, *params, size, start])
            return Article.objects.for_reading().filter(pk__in=in_page).newest_first()

        samples = {f"term{i}": f"sample term {i}" for i in range(len(terms))}
        query = CompiledQuery(build, now=earliest_in_sql, start=-2000, size=-3000, **samples)
        query = _PAGES.setdefault((group, vendor, len(terms)), query)
    return query(using=using, **values, **{f"term{i}": term for i, term in enumerate(terms)})


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
    spans = matches(article.lead, query_words)
    if spans:
        return _cut(article.lead, spans)
    body = plain_text(article.body)  # only when the lead has none of the words
    spans = matches(body, query_words)
    return _cut(body, spans) if spans else _cut(article.lead, [])


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
        pieces.append(html.escape(text[position:span_start]))
        pieces.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
        position = span_end
    pieces.append(html.escape(text[position:end]))
    # Every piece of the text is escaped above, as django.utils.html.escape() does, without its lazy wrapper.
    return mark_safe("".join(pieces))
