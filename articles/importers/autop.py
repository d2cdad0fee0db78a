"""WordPress's wpautop() (wp-includes/formatting.php), ported rule for rule: classic bodies keep no <p>
tags in the database, WordPress adds them on display, so an import must add them the same way."""

import re

BLOCKS = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area"
    r"|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer"
    r"|nav|figure|figcaption|details|menu|summary)"
)
# wp_html_split(): comments, CDATA sections and tags, whose newlines are not line breaks of the text.
HTML_TAG = re.compile(r"(<(?:!--.*?(?:-->|$)|!\[CDATA\[.*?(?:\]\]>|$)|[^>]*>?))", re.DOTALL)
NEWLINE_MARK = " <!-- wpnl --> "
PRESERVE_MARK = "<WPPreserveNewline />"


def wpautop(text):
    """Double line breaks become paragraphs, single ones <br />; block elements are never wrapped in <p>."""
    if not text.strip():
        return ""
    text, pre_tags = _hide_pre(text + "\n")
    text = re.sub(r"<br\s*/?>\s*<br\s*/?>", "\n\n", text)
    text = re.sub(rf"(<{BLOCKS}[\s/>])", r"\n\n\1", text)
    text = re.sub(rf"(</{BLOCKS}>)", r"\1\n\n", text)
    text = re.sub(r"(<hr\s*?/?>)", r"\1\n\n", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _replace_newlines_in_tags(text)
    text = _collapse_around_inline_blocks(text)
    text = re.sub(r"\n\n+", "\n\n", text)
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p]
    text = "".join(f"<p>{p.strip(chr(10))}</p>\n" for p in paragraphs)
    text = re.sub(r"<p>\s*</p>", "", text)
    text = re.sub(r"<p>([^<]+)</(div|address|form)>", r"<p>\1</p></\2>", text)
    text = re.sub(rf"<p>\s*(</?{BLOCKS}[^>]*>)\s*</p>", r"\1", text)
    text = re.sub(r"<p>(<li.+?)</p>", r"\1", text)
    text = re.sub(r"<p><blockquote([^>]*)>", r"<blockquote\1><p>", text, flags=re.IGNORECASE)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = re.sub(rf"<p>\s*(</?{BLOCKS}[^>]*>)", r"\1", text)
    text = re.sub(rf"(</?{BLOCKS}[^>]*>)\s*</p>", r"\1", text)
    text = _line_breaks(text)
    text = re.sub(rf"(</?{BLOCKS}[^>]*>)\s*<br />", r"\1", text)
    text = re.sub(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", r"\1", text)
    text = re.sub(r"\n</p>$", "</p>", text)
    for name, original in pre_tags.items():
        text = text.replace(name, original)
    return text.replace(NEWLINE_MARK, "\n").replace(NEWLINE_MARK.strip(), "\n")


def _hide_pre(text):
    """<pre> blocks are left exactly as written: set aside behind placeholders, put back at the end."""
    if "<pre" not in text:
        return text, {}
    *parts, last = text.split("</pre>")
    pre_tags, kept = {}, []
    for part in parts:
        start = part.find("<pre")
        if start == -1:  # malformed HTML: a </pre> without its <pre>
            kept.append(part)
            continue
        name = f"<pre wp-pre-tag-{len(pre_tags)}></pre>"
        pre_tags[name] = part[start:] + "</pre>"
        kept.append(part[:start] + name)
    return "".join(kept) + last, pre_tags


def _replace_newlines_in_tags(text):
    parts = HTML_TAG.split(text)
    for i in range(1, len(parts), 2):
        parts[i] = parts[i].replace("\n", NEWLINE_MARK)
    return "".join(parts)


def _collapse_around_inline_blocks(text):
    """Line breaks around <option>, <param>, <source> and <figcaption> are layout, not text."""
    if "<option" in text:
        text = re.sub(r"\s*<option", "<option", text)
        text = re.sub(r"</option>\s*", "</option>", text)
    if "</object>" in text:
        text = re.sub(r"(<object[^>]*>)\s*", r"\1", text)
        text = re.sub(r"\s*</object>", "</object>", text)
        text = re.sub(r"\s*(</?(?:param|embed)[^>]*>)\s*", r"\1", text)
    if "<source" in text or "<track" in text:
        text = re.sub(r"([<\[](?:audio|video)[^>\]]*[>\]])\s*", r"\1", text)
        text = re.sub(r"\s*([<\[]/(?:audio|video)[>\]])", r"\1", text)
        text = re.sub(r"\s*(<(?:source|track)[^>]*>)\s*", r"\1", text)
    if "<figcaption" in text:
        text = re.sub(r"\s*(<figcaption[^>]*>)", r"\1", text)
        text = re.sub(r"</figcaption>\s*", "</figcaption>", text)
    return text


def _line_breaks(text):
    """Every remaining newline becomes <br />, except inside script, style, svg and math."""
    text = re.sub(
        r"<(script|style|svg|math).*?</\1>",
        lambda match: match.group(0).replace("\n", PRESERVE_MARK),
        text,
        flags=re.DOTALL,
    )
    text = text.replace("<br>", "<br />").replace("<br/>", "<br />")
    text = re.sub(r"(?<!<br />)\s*\n", "<br />\n", text)
    return text.replace(PRESERVE_MARK, "\n")
