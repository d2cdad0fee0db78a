"""Vietnamese text helpers: slugs, the rich-text allow-list and the folding that search relies on."""

import re
import unicodedata
from html import unescape

import nh3
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import slugify

# slugify's NFKD decomposition strips Vietnamese tone marks but not đ/Đ, which are letters of their own.
_D_STROKE = str.maketrans({"đ": "d", "Đ": "D"})


def vietnamese_slugify(text, max_length=None):
    """'Tin xây dựng Đảng' -> 'tin-xay-dung-dang'."""
    slug = slugify(str(text).translate(_D_STROKE))
    if max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


# Control characters pasted from Word or a PDF: invisible, and not allowed in XML 1.0 (the feeds). Word's
# manual line break (\x0b) and page break (\x0c) and the Unicode line separators end a line; \x1e is Word's
# non-breaking hyphen and \x1f its optional one; every other C0/C1 control, the zero-width no-break space
# (U+FEFF, a byte-order mark inside the text) and XML's non-characters go.
_CONTROL = re.compile("\r\n?|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_CONTROL_REPLACEMENT = {"\x1e": "-", "\x1f": ""}
_LINE_BREAKS = set("\x0b\x0c\x85\u2028\u2029\r")


def _control_replacement(match, line_end):
    control = match.group()
    if control[0] in _LINE_BREAKS:
        return line_end
    return _CONTROL_REPLACEMENT.get(control, "")


def strip_control_characters(text, *, multiline=False):
    """Text without control characters, where it is stored: line breaks stay only in multi-line text
    ('Hội nghị\x0bBan Chấp hành' -> 'Hội nghị Ban Chấp hành' in a title, a new line in a lead)."""
    if not text:
        return text
    line_end = "\n" if multiline else " "
    text = _CONTROL.sub(lambda match: _control_replacement(match, line_end), str(text))
    return text if multiline else text.replace("\t", " ").replace("\n", " ")


def unique_slug(base, taken, max_length):
    """The first of base, base-2, base-3, ... for which taken(slug) is false."""
    base = base[:max_length].rstrip("-") or "bai-viet"
    slug, n = base, 1
    while taken(slug):
        n += 1
        suffix = f"-{n}"
        slug = base[: max_length - len(suffix)].rstrip("-") + suffix
    return slug


ALLOWED_TAGS = set(
    "p br h2 h3 h4 strong b em i u s sub sup a ul ol li blockquote hr "
    "table caption thead tbody tfoot tr th td figure figcaption img".split()
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
# The classes CKEditor puts on its figures; any other class (or inline style) could break the page layout.
ALLOWED_CLASSES = {"figure": {"image", "table", "video"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
_URL_TABS_AND_BREAKS = re.compile("[\t\n\r]")
_URL_TRIMMED = "".join(map(chr, range(0x21)))  # C0 controls and space


def _as_a_browser_reads(url):
    """A browser drops tabs and line breaks in an address, trims spaces and controls at its ends, and reads a
    backslash as a slash: "/\\evil.example/x.png" is the address //evil.example/x.png, another host."""
    return _URL_TABS_AND_BREAKS.sub("", url).strip(_URL_TRIMMED).replace("\\", "/")


def _is_our_image(value):
    url = _as_a_browser_reads(value)
    if url.startswith("/") and not url.startswith("//"):
        return True
    # With S3-compatible storage the uploads live at an address of their own (settings.MEDIA_URL).
    return settings.MEDIA_URL.startswith("https://") and url.startswith(settings.MEDIA_URL)


def _filter_attribute(tag, attribute, value):
    # Photos come from our own uploads only: a foreign image is a tracker and breaks with no outside network.
    if tag == "img" and attribute == "src" and not _is_our_image(value):
        return None
    return value


# What the allow-list leaves of a photo pasted from Word or another site (file:, data:, a foreign host).
_IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_EMPTY_FIGURE = re.compile(r"<figure[^>]*>\s*(?:<figcaption>.*?</figcaption>\s*)?</figure>", re.S)


def sanitize_html(html):
    """Keep only the tags and attributes an article body may have; drop scripts, handlers, styles, iframes."""
    if not html:
        return ""
    cleaned = _clean(html)
    return _EMPTY_FIGURE.sub("", _IMAGE_WITHOUT_SOURCE.sub("", cleaned)).strip()


def _clean(html):
    return nh3.clean(
        strip_control_characters(html, multiline=True),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


# Search folds Vietnamese to bare lower-case letters: "KẾT NẠP ĐẢNG" and "ket nap dang" are the same words.
_WORD = re.compile(r"[^\W_]+")


def fold(text):
    """'Kết nạp Đảng' -> 'ket nap dang': lower case, no tone or vowel marks, đ -> d."""
    decomposed = unicodedata.normalize("NFD", str(text).translate(_D_STROKE).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# A paragraph holding only "[ảnh 2]" (or "[anh 2]") stands for the second captioned photo of an article.
PHOTO_MARKER = re.compile(r"<p>\s*\[(?:ảnh|anh)\s*(\d+)\]\s*</p>", re.IGNORECASE)
# Tags that separate words: without a space in their place "<p>một</p><p>hai</p>" would read "mộthai".
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|hr|h\d|li|ul|ol|blockquote|figure|figcaption|table|caption|tr|td|th)\b[^>]*>"
)


def plain_text(html):
    """The text a reader sees in an article body: no tags, entities or photo markers, spaces collapsed."""
    text = _BLOCK_TAG.sub(" ", PHOTO_MARKER.sub(" ", html or ""))
    return " ".join(unescape(strip_tags(text)).split())


def words(text):
    """The folded words of a text, in order: 'Kết nạp, Đảng!' -> ['ket', 'nap', 'dang']."""
    return _WORD.findall(fold(text))


def search_text(*parts):
    """Folded words between spaces, so that ' dang ' matches the word and not 'dangerous'."""
    return " " + " ".join(word for part in parts for word in words(part)) + " "
