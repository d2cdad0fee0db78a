"""Django's and django-axes' message catalogues read for the tests: the English words of their interface."""

import ast
import re
from pathlib import Path

import axes
import django

DJANGO = Path(django.__file__).parent
AXES = Path(axes.__file__).parent
ENGLISH_SOURCES = [
    DJANGO / "conf/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/admin/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/admin/locale/en/LC_MESSAGES/djangojs.po",
    DJANGO / "contrib/auth/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/contenttypes/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/sessions/locale/en/LC_MESSAGES/django.po",
    # axes ships no English catalogue; its German one lists the same messages.
    AXES / "locale/de/LC_MESSAGES/django.po",
]
VIETNAMESE_SOURCES = [
    *(DJANGO / "conf/locale/vi/LC_MESSAGES").glob("*.po"),
    *(DJANGO / "contrib").glob("*/locale/vi/LC_MESSAGES/*.po"),
    *Path(__file__).resolve().parent.parent.glob("articles/locale/vi/LC_MESSAGES/*.po"),
]
# Words of Django's interface that no catalogue lists: the built-in permission names ("Can add …") and the
# column titles the admin makes from a method's name (axes' "Expiration", "Status").
UNLISTED_WORDS = {"can", "expiration", "status", "attempt", "remaining", "object", "objects"}
# Names that read the same in Vietnamese.
NAMES = {
    "django",
    "facebook",
    "youtube",
    "zalo",
    "json",
    "html",
    "http",
    "https",
    "url",
    "uuid",
    "ipv",
    "csrf",
}


def read_po(path):
    """Every entry of a .po file as {'msgctxt', 'msgid', 'msgid_plural', 'msgstr[n]' or 'msgstr'}."""
    entries, entry, key = [], {}, None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#") or not line:
            if entry.get("msgid") is not None and not line.startswith("#~"):
                entries.append(entry)
                entry = {}
            continue
        if line.startswith('"'):
            entry[key] += ast.literal_eval(line)
            continue
        key, _, value = line.partition(" ")
        entry[key] = ast.literal_eval(value)
    if entry.get("msgid") is not None:
        entries.append(entry)
    return [e for e in entries if e["msgid"]]


def words(text):
    """The words written in plain ASCII letters, placeholders and tags left out, in lower case."""
    text = re.sub(r"%\(\w+\)[sdr]|%[sd]|\{\w*\}|<[^>]+>", " ", text)
    return {w.lower() for w in re.findall(r"\w+", text) if w.isascii() and w.isalpha() and len(w) >= 3}


def english_words():
    english = set(UNLISTED_WORDS)
    for path in ENGLISH_SOURCES:
        for entry in read_po(path):
            english |= words(entry["msgid"]) | words(entry.get("msgid_plural", ""))
    vietnamese = set()
    for path in VIETNAMESE_SOURCES:
        for entry in read_po(path):
            for key, value in entry.items():
                if key.startswith("msgstr"):
                    vietnamese |= words(value)
    return english - vietnamese - NAMES
