"""Helpers for the import tests: an uploads folder for the WordPress fixture, and running the commands."""

import io
from pathlib import Path

from django.core.management import call_command

from .factories import jpeg_bytes, jpeg_with_exif

WORDPRESS = Path(__file__).parent / "fixtures" / "wordpress"


def make_uploads(root):
    """The files export.xml refers to, small: an original with its resized copy, a Vietnamese name, a copy
    whose original is gone, and a file that only pretends to be a photo."""
    files = {
        "2019/05/le-ket-nap.jpg": jpeg_with_exif(600, 400),
        "2019/05/le-ket-nap-300x200.jpg": jpeg_bytes(300, 200, color=(0, 0, 255)),
        "2019/06/hội-nghị.jpg": jpeg_bytes(120, 80, color=(0, 128, 0)),
        "2019/06/dai-bieu-1024x683.jpg": jpeg_bytes(102, 68, color=(128, 128, 0)),
        "2019/05/khong-phai-anh.jpg": b"<?php echo 'not a photo'; ?>",
    }
    for name, data in files.items():
        path = Path(root) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return Path(root)


def import_wordpress(export="export.xml", **options):
    """Run import_wordpress and return what it printed on stdout."""
    out = io.StringIO()
    path = export if Path(export).is_absolute() else WORDPRESS / export
    call_command("import_wordpress", str(path), stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def import_articles(path, **options):
    out = io.StringIO()
    call_command("import_articles", str(path), stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


POST = """
<item>
  <title><![CDATA[{title}]]></title>
  <link>{link}</link>
  <dc:creator><![CDATA[admin]]></dc:creator>
  <guid isPermaLink="false">http://cu.example.vn/?p={post_id}</guid>
  <content:encoded><![CDATA[{content}]]></content:encoded>
  <excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
  <wp:post_id>{post_id}</wp:post_id>
  <wp:post_date><![CDATA[{post_date}]]></wp:post_date>
  <wp:post_date_gmt><![CDATA[{post_date_gmt}]]></wp:post_date_gmt>
  <wp:post_name><![CDATA[{post_name}]]></wp:post_name>
  <wp:status><![CDATA[{status}]]></wp:status>
  <wp:post_type><![CDATA[{post_type}]]></wp:post_type>
  <wp:post_password><![CDATA[{password}]]></wp:post_password>
  <category domain="category" nicename="{category}"><![CDATA[{category_name}]]></category>
  {extra}
</item>"""
DEFAULTS = {
    "title": "Bài thử",
    "link": "",
    "content": "Nội dung.",
    "excerpt": "",
    "post_id": "1",
    "post_date": "2020-03-05 09:15:00",
    "post_date_gmt": "2020-03-05 02:15:00",
    "post_name": "bai-thu",
    "status": "publish",
    "post_type": "post",
    "password": "",
    "category": "tin-tuc",
    "category_name": "Tin tức",
    "extra": "",
}


def write_export(path, *posts, version="1.2"):
    """A WXR file with the given posts, each a dict overriding DEFAULTS."""
    items = "".join(POST.format(**{**DEFAULTS, **post}) for post in posts)
    Path(path).write_text(
        f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/{version}/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/{version}/">
<channel>
  <wp:wxr_version>{version}</wp:wxr_version>
  <wp:base_site_url>http://cu.example.vn</wp:base_site_url>
  <wp:base_blog_url>http://cu.example.vn</wp:base_blog_url>
  {items}
</channel>
</rss>""",
        encoding="utf-8",
    )
    return Path(path)


def meta(key, value):
    return (
        f"<wp:postmeta><wp:meta_key><![CDATA[{key}]]></wp:meta_key>"
        f"<wp:meta_value><![CDATA[{value}]]></wp:meta_value></wp:postmeta>"
    )
