"""Old bodies made into ours: paragraphs, captioned photos placed with [ảnh N], library photos inline, and
nothing that the sanitiser would not let an editor write."""

import html
import re
from dataclasses import dataclass, field

from ..text import plain_text, sanitize_html, strip_control_characters
from .autop import wpautop

# A captioned photo's place while the body is being converted; numbered [ảnh N] in reading order at the end.
SLOT = "\ue000{}\ue001"
SLOT_PATTERN = re.compile("\ue000(\\d+)\ue001")
SLOTTED_PARAGRAPH = re.compile("<p>\ue000(\\d+)\ue001</p>")

SPECIAL_COMMENT = re.compile(r"<!--\s*(?:more|nextpage|noteaser)\b.*?-->", re.DOTALL)
CAPTION = re.compile(r"\[caption\b([^\]]*)\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
# The innermost figure: a gallery's figure holds one figure per photo.
FIGURE = re.compile(r"<figure\b[^>]*>((?:(?!<figure\b).)*?)</figure>", re.DOTALL | re.IGNORECASE)
FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.DOTALL | re.IGNORECASE)
IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
LINKED_IMG = re.compile(r"<a\b[^>]*>\s*(<img\b[^>]*>)\s*</a>", re.DOTALL | re.IGNORECASE)
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
PRE = re.compile(r"<pre\b[^>]*>(.*?)</pre>", re.DOTALL | re.IGNORECASE)
EMPTY_PARAGRAPH = re.compile(r"<p>(?:\s|&nbsp;|\xa0|<br>)*</p>")
# Line breaks left at the edge of a paragraph once a script or a missing image is gone.
EDGE_BREAKS = re.compile(r"(?<=<p>)(?:\s*<br>)+\s*|\s*(?:<br>\s*)+(?=</p>)")
BLANK_LINES = re.compile(r"\n\s*\n")
SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)

# Blocks whose content is a player or an address to fetch: without the network there is nothing to show.
PLAYER_BLOCK_NAME = r"(?:core-embed/[\w-]+|embed|video|audio)"
DROPPED_BLOCKS = re.compile(
    rf"<!--\s+wp:{PLAYER_BLOCK_NAME}\b.*?<!--\s+/wp:{PLAYER_BLOCK_NAME}\s+-->", re.DOTALL
)
BLOCK_COMMENT = re.compile(r"<!--\s+/?wp:.*?-->", re.DOTALL)

# Shortcodes are lowercase ASCII names, so "[Video]" or "[1]" in a text stay as they are.
SHORTCODE = re.compile(r"\[(/?)([a-z][a-z0-9_-]*)((?:\s[^\[\]]*?)?)(/?)\]")
ESCAPED_SHORTCODE = re.compile(r"\[(\[[a-z][a-z0-9_-]*[^\[\]]*\])\]")
# Enclosing shortcodes whose content is a player, a list of attachments or an address: dropped whole.
DROPPED_SHORTCODES = {"embed", "gallery", "audio", "video", "playlist"}


@dataclass
class Placed:
    """A captioned photo of the body, in [ảnh N] order."""

    photo: object
    caption: str = ""
    alt: str = ""


@dataclass
class Body:
    html: str
    photos: list = field(default_factory=list)


def convert_wordpress(content, find_photo, *, figures_inline=False):
    """A WordPress post_content, classic or block editor, as our body; find_photo(src, alt) -> Photo|None.

    Captioned photos become [ảnh N] with their ArticleImage rows, or, for a page, which has none, figures.
    """
    text = SPECIAL_COMMENT.sub("", content.replace("\r\n", "\n").replace("\r", "\n"))
    has_blocks = "<!-- wp:" in text
    slots = []

    def photo_slot(img_tag, caption):
        attributes = attributes_of(img_tag)
        alt = text_of(attributes.get("alt", ""))
        photo = find_photo(attributes.get("src", ""), alt)
        if photo is None:
            return ""
        slots.append(Placed(photo=photo, caption=caption[:500], alt=alt[:255]))
        return "\n\n<p>" + SLOT.format(len(slots) - 1) + "</p>\n\n"

    text = CAPTION.sub(lambda match: _caption(match, photo_slot), text)
    text = _replace_until_stable(FIGURE, lambda match: _figure(match, photo_slot), text)
    if has_blocks:
        text = BLOCK_COMMENT.sub("", DROPPED_BLOCKS.sub("", text))
    text = strip_shortcodes(text)
    if not has_blocks:
        text = wpautop(text)
    text = PRE.sub(_pre_as_paragraph, text)
    text = inline_photos(text, find_photo)
    return _figures(text, slots) if figures_inline else _numbered(text, slots)


def convert_html(body, find_photo):
    """HTML from another portal: its images become library photos in place; [ảnh N] is left to the author."""
    return Body(html=_clean(inline_photos(body, find_photo)))


def inline_photos(text, find_photo):
    """Images outside a caption stay where they are, as library photos (served as renditions)."""
    text = LINKED_IMG.sub(
        lambda match: match.group(1) if _links_to_image(match.group(0)) else match.group(0), text
    )

    def replace(match):
        attributes = attributes_of(match.group(0))
        alt = text_of(attributes.get("alt", ""))
        photo = find_photo(attributes.get("src", ""), alt)
        if photo is None or not photo.image:
            return ""
        return f'<img src="{html.escape(photo.url)}" alt="{html.escape(alt)}">'

    return IMG.sub(replace, text)


def strip_shortcodes(text):
    """Unknown shortcodes never reach readers: enclosing ones keep their text, players and galleries go."""
    escaped = []

    def keep(match):
        escaped.append(match.group(1))
        return SLOT.format(f"e{len(escaped) - 1}")

    text = ESCAPED_SHORTCODE.sub(keep, text)
    position = 0
    while match := SHORTCODE.search(text, position):
        closing, name, _, self_closing = match.groups()
        end_tag = f"[/{name}]"
        close_at = -1 if closing or self_closing else text.find(end_tag, match.end())
        if close_at == -1:
            text = text[: match.start()] + text[match.end() :]
        else:
            inner = "" if name in DROPPED_SHORTCODES else text[match.end() : close_at]
            text = text[: match.start()] + inner + text[close_at + len(end_tag) :]
        position = match.start()
    for number, original in enumerate(escaped):
        text = text.replace(SLOT.format(f"e{number}"), original)
    return text


def attributes_of(tag):
    return {
        name.lower(): html.unescape(double or single or bare)
        for name, double, single, bare in ATTRIBUTE.findall(tag)
    }


def text_of(fragment):
    """Text of an HTML fragment: tags out, entities decoded, spaces collapsed."""
    text = re.sub(r"<[^>]*>", " ", SCRIPT_OR_STYLE.sub(" ", fragment))
    return " ".join(strip_control_characters(html.unescape(text)).split())


def lead_from(body_html, words=40):
    """The first words of a body's text, for an article that had no excerpt."""
    text = plain_text(body_html).split()
    return " ".join(text[:words]) + ("…" if len(text) > words else "")


def _caption(match, photo_slot):
    attributes, inner = attributes_of(match.group(1)), match.group(2)
    img = IMG.search(inner)
    if img is None:
        return text_of(inner)
    # [caption]<a href=…><img …></a> Chú thích[/caption]; very old posts put the text in caption="…".
    text = text_of(LINKED_IMG.sub("", inner, count=1).replace(img.group(0), "", 1))
    return photo_slot(img.group(0), text or text_of(attributes.get("caption", "")))


def _figure(match, photo_slot):
    inner = match.group(1)
    caption = FIGCAPTION.search(inner)
    text = text_of(caption.group(1)) if caption else ""
    images = IMG.findall(inner)
    if images:
        return "".join(photo_slot(img, text if number == 0 else "") for number, img in enumerate(images))
    slots = SLOT_PATTERN.findall(inner)
    if slots:
        # A gallery, once its photos are slots: the slots, then the gallery's caption as a paragraph.
        return "".join(f"\n\n<p>{SLOT.format(n)}</p>\n\n" for n in slots) + (
            f"<p>{html.escape(text)}</p>" if text else ""
        )
    return match.group(0)


def _replace_until_stable(pattern, replace, text):
    while True:
        replaced = pattern.sub(replace, text)
        if replaced == text:
            return text
        text = replaced


def _pre_as_paragraph(match):
    """Preformatted text (often verse) keeps its lines as a paragraph with line breaks."""
    lines = match.group(1).strip("\n").split("\n")
    return "<p>" + "<br>".join(lines) + "</p>"


def _links_to_image(anchor):
    href = attributes_of(anchor[: anchor.index(">") + 1]).get("href", "")
    return bool(re.search(r"\.(?:jpe?g|png|gif|webp)(?:[?#].*)?$", href, re.IGNORECASE))


def _figures(text, slots):
    """For a page: each slot becomes a figure with its caption, where the photo stood."""

    def figure(match):
        return _figure_html(slots[int(match.group(1))])

    return Body(html=_clean(SLOT_PATTERN.sub(figure, SLOTTED_PARAGRAPH.sub(figure, text))))


def _figure_html(placed):
    if not placed.photo.image:  # a dry run: checked, not stored
        return ""
    img = f'<img src="{html.escape(placed.photo.url)}" alt="{html.escape(placed.alt)}">'
    caption = f"<figcaption>{html.escape(placed.caption)}</figcaption>" if placed.caption else ""
    return f'<figure class="image">{img}{caption}</figure>'


def _numbered(text, slots):
    """Slots become [ảnh 1], [ảnh 2]… in reading order, and the photos are put in that order."""
    order = []

    def number(match):
        order.append(slots[int(match.group(1))])
        return f"[ảnh {len(order)}]"

    text = SLOT_PATTERN.sub(number, text)
    return Body(html=_clean(text), photos=order)


def _clean(text):
    text = EDGE_BREAKS.sub("", sanitize_html(text))
    return BLANK_LINES.sub("\n", EMPTY_PARAGRAPH.sub("", text)).strip()
