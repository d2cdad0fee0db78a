"""Bodies from both WordPress editors become ours: paragraphs, no block comments, no shortcodes.

The wpautop port is checked directly against what WordPress itself outputs for the tricky cases; everything
else goes through the command.
"""

import pytest

from articles.importers.autop import wpautop
from articles.models import Article

from .importing import import_wordpress, write_export


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Một\n\nHai", "<p>Một</p>\n<p>Hai</p>\n"),
        ("Dòng một\nDòng hai", "<p>Dòng một<br />\nDòng hai</p>\n"),
        ("Một\n\n\n\nHai", "<p>Một</p>\n<p>Hai</p>\n"),
        ("Một\r\n\r\nHai", "<p>Một</p>\n<p>Hai</p>\n"),
        ("Trước<br><br>Sau", "<p>Trước</p>\n<p>Sau</p>\n"),
        # Block elements are never wrapped in <p>, and end the paragraph before them.
        ("Chữ\n<h2>Tiêu đề</h2>\nChữ nữa", "<p>Chữ</p>\n<h2>Tiêu đề</h2>\n<p>Chữ nữa</p>\n"),
        ("<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>", "<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>\n"),
        ("<div>Trong khối</div>", "<div>Trong khối</div>\n"),
        ("<blockquote>Trích\n\ndẫn</blockquote>", "<blockquote><p>Trích</p>\n<p>dẫn</p></blockquote>\n"),
        ("<table><tr><td>Ô</td></tr></table>", "<table>\n<tr>\n<td>Ô</td>\n</tr>\n</table>\n"),
        ("Trên\n<hr />\nDưới", "<p>Trên</p>\n<hr />\n<p>Dưới</p>\n"),
        # <pre> keeps its blank lines and gets no <br />.
        ("Trước\n<pre>a\n\nb\nc</pre>\nSau", "<p>Trước</p>\n<pre>a\n\nb\nc</pre>\n<p>Sau</p>\n"),
        # A line break inside a tag is not a line break of the text.
        ('<a\nhref="/x">liên kết</a>\nsau', '<p><a\nhref="/x">liên kết</a><br />\nsau</p>\n'),
        ("<p>Đã có thẻ p</p>", "<p>Đã có thẻ p</p>\n"),
        ("  \n ", ""),
    ],
)
def test_wpautop_matches_wordpress(text, expected):
    assert wpautop(text) == expected


def test_wpautop_leaves_script_lines_alone():
    assert wpautop("<script>a\nb</script>") == "<p><script>a\nb</script></p>\n"


def body_of(tmp_path, content):
    import_wordpress(str(write_export(tmp_path / "e.xml", {"content": content})))
    return Article.objects.get().body


@pytest.mark.django_db
def test_a_classic_body_gets_paragraphs_and_line_breaks(tmp_path):
    body = body_of(tmp_path, "Đoạn một,\ndòng hai.\n\nĐoạn hai.\n<h3>Mục</h3>\nĐoạn ba.")

    assert body == "<p>Đoạn một,<br>\ndòng hai.</p>\n<p>Đoạn hai.</p>\n<h3>Mục</h3>\n<p>Đoạn ba.</p>"


@pytest.mark.django_db
def test_preformatted_verse_keeps_its_lines(tmp_path):
    body = body_of(tmp_path, "Bài thơ:\n<pre>Câu một\nCâu hai</pre>")

    assert body == "<p>Bài thơ:</p>\n<p>Câu một<br>Câu hai</p>"


@pytest.mark.django_db
def test_a_block_body_loses_its_comments_and_keeps_its_html(tmp_path):
    content = (
        "<!-- wp:paragraph -->\n<p>Đoạn một.</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:heading {"level":3} -->\n<h3>Mục</h3>\n<!-- /wp:heading -->\n\n'
        "<!-- wp:list -->\n<ul><li>Ý một</li></ul>\n<!-- /wp:list -->"
    )

    assert body_of(tmp_path, content) == "<p>Đoạn một.</p>\n<h3>Mục</h3>\n<ul><li>Ý một</li></ul>"


@pytest.mark.django_db
def test_a_block_body_gets_no_extra_paragraphs(tmp_path):
    content = "<!-- wp:paragraph -->\n<p>Dòng một\nvẫn cùng đoạn.</p>\n<!-- /wp:paragraph -->"

    assert body_of(tmp_path, content) == "<p>Dòng một\nvẫn cùng đoạn.</p>"


@pytest.mark.django_db
def test_embeds_and_videos_are_dropped_with_their_address(tmp_path):
    content = (
        "<!-- wp:paragraph --><p>Trước.</p><!-- /wp:paragraph -->"
        '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=x"} --><figure class="wp-block-embed">'
        '<div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=x</div></figure>'
        "<!-- /wp:embed -->"
        '<!-- wp:video --><figure class="wp-block-video"><video src="/v.mp4"></video></figure>'
        "<!-- /wp:video -->"
        "<!-- wp:paragraph --><p>Sau.</p><!-- /wp:paragraph -->"
    )

    assert body_of(tmp_path, content) == "<p>Trước.</p><p>Sau.</p>"


@pytest.mark.django_db
def test_unknown_shortcodes_are_removed_and_enclosing_ones_keep_their_text(tmp_path):
    content = (
        '[su_note color="red"]Ghi chú [su_highlight]quan trọng[/su_highlight].[/su_note]\n\n'
        '[contact-form-7 id="5" title="Liên hệ"]\n\n'
        "Mở đầu [vc_row][vc_column]giữa[/vc_column][/vc_row] kết thúc."
    )

    assert body_of(tmp_path, content) == "<p>Ghi chú quan trọng.</p>\n<p>Mở đầu giữa kết thúc.</p>"


@pytest.mark.django_db
def test_players_and_galleries_go_with_their_content(tmp_path):
    content = (
        "Trước.\n\n[embed]https://www.youtube.com/watch?v=x[/embed]\n\n"
        '[video src="/a.mp4"][/video]\n\n[gallery ids="1,2,3"]\n\n[audio]bài hát[/audio]\n\nSau.'
    )

    assert body_of(tmp_path, content) == "<p>Trước.</p>\n<p>Sau.</p>"


@pytest.mark.django_db
def test_brackets_that_are_not_shortcodes_stay(tmp_path):
    content = "Theo tài liệu [1] và [Nguồn: Ban Tuyên giáo], [[caption]] là mã ngắn."

    assert body_of(tmp_path, content) == (
        "<p>Theo tài liệu [1] và [Nguồn: Ban Tuyên giáo], [caption] là mã ngắn.</p>"
    )


@pytest.mark.django_db
def test_more_and_nextpage_markers_leave_no_empty_paragraph(tmp_path):
    content = "Phần đầu.\n\n<!--more-->\n\nPhần sau.\n\n<!--nextpage-->\n\nTrang hai.\n\n<p>&nbsp;</p>"

    assert body_of(tmp_path, content) == "<p>Phần đầu.</p>\n<p>Phần sau.</p>\n<p>Trang hai.</p>"
