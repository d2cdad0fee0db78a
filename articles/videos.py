"""YouTube clips: stored as <figure class="video"> holding a link whose text is the clip's title.

Readers get a poster with a play button; the player (youtube-nocookie.com) loads only when they press it, so
no page makes a request to a third party before that. Pure text rules: no model, no request.
"""

import html
import re

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string

YOUTUBE_ID = r"[\w-]{11}"
_YOUTUBE_ADDRESS = (
    r"https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:[^\"]*&(?:amp;)?)?v=|shorts/|embed/)|youtu\.be/)"
    rf"(?P<id>{YOUTUBE_ID})[^\"]*"
)
# What the editor writes (our paste script): a paragraph holding only a link to a clip, its text the title.
_CLIP_PARAGRAPH = re.compile(
    rf'<p>\s*<a href="(?P<href>{_YOUTUBE_ADDRESS})"[^>]*>(?P<title>[^<]*)</a>\s*</p>'
)
_VIDEO_FIGURE = re.compile(
    rf'<figure class="video">\s*<a href="(?P<href>{_YOUTUBE_ADDRESS})"[^>]*>(?P<title>[^<]*)</a>\s*</figure>'
)
NEEDS_A_TITLE = (
    "Đoạn phim YouTube cần một tiêu đề cho người đọc không nhìn thấy: dán lại địa chỉ của nó và gõ tiêu đề, "
    "hoặc sửa chữ của liên kết thành tiêu đề phim."
)


def watch_address(video_id):
    return f"https://www.youtube.com/watch?v={video_id}"


def store_clips(body):
    """Turn each clip paragraph into a video figure; refuse a clip (either form) whose title is missing or
    is its address."""

    def figure(match):
        title = html.unescape(match.group("title")).strip()
        if not title or re.fullmatch(_YOUTUBE_ADDRESS, title) or title.startswith(("http://", "https://")):
            raise ValidationError(NEEDS_A_TITLE, code="video_without_title")
        address = watch_address(match.group("id"))
        return f'<figure class="video"><a href="{address}">{html.escape(title, quote=False)}</a></figure>'

    # The editor now writes the figure itself (js/admin/video-in-editor.js): its title is checked as well.
    return _VIDEO_FIGURE.sub(figure, _CLIP_PARAGRAPH.sub(figure, body))


def render_clips(body):
    """Readers' HTML for each stored clip: a poster and a play button, the player loaded on click."""

    def player(match):
        context = {"video_id": match.group("id"), "title": html.unescape(match.group("title"))}
        return render_to_string("includes/video.html", context)

    return _VIDEO_FIGURE.sub(player, body)
