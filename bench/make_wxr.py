"""Write a WordPress export and its uploads folder, big enough to time the import.

    python bench/make_wxr.py /tmp/bench --posts 10000 --images-per-post 2
    python manage.py import_wordpress /tmp/bench/export.xml --uploads /tmp/bench/uploads

Half the posts are classic bodies with a [caption] linked by a resized name, half block bodies with image
blocks; every post has a featured image, a category, an excerpt, a source and a view count. Photos are small
(200×150) so that the folder stays a few hundred megabytes.
"""

import argparse
import datetime
import io
import random
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

CATEGORIES = [
    ("tin-xay-dung-dang", "Tin xây dựng Đảng"),
    ("guong-dien-hinh", "Gương điển hình"),
    ("hoc-tap-lam-theo-bac", "Học tập và làm theo Bác"),
    ("van-hoa-xa-hoi", "Văn hóa – Xã hội"),
    ("kinh-te", "Kinh tế"),
]
WORDS = (
    "chi bộ đảng viên kết nạp nghị quyết học tập quán triệt công tác cán bộ xây dựng chỉnh đốn tổ chức cơ sở "
    "phong trào thi đua gương điển hình nhân dân địa phương huyện xã tỉnh ủy ban thường vụ hội nghị"
).split()


def sentence(rng, words=14):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def photo(rng, base):
    image = base.copy()
    draw = ImageDraw.Draw(image)
    for _ in range(3):
        x, y = rng.randrange(200), rng.randrange(150)
        draw.rectangle(
            (x, y, x + 40, y + 30), fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256))
        )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def classic_body(rng, images):
    first, *rest = images
    stem = first.rsplit(".", 1)[0]
    parts = [sentence(rng) + "\n" + sentence(rng), sentence(rng)]
    parts.insert(
        1,
        f'[caption id="attachment_1" align="aligncenter" width="200"]<a href="/wp-content/uploads/{first}">'
        f'<img src="/wp-content/uploads/{stem}-150x113.jpg" alt="{sentence(rng, 5)}" width="150" /></a> '
        f"{sentence(rng, 8)}[/caption]",
    )
    parts += [f'<img src="http://cu.example.vn/wp-content/uploads/{name}" alt="">' for name in rest]
    parts += [sentence(rng) for _ in range(3)]
    return "\n\n".join(parts)


def block_body(rng, images):
    blocks = [f"<!-- wp:paragraph -->\n<p>{sentence(rng)}</p>\n<!-- /wp:paragraph -->"]
    for name in images:
        blocks.append(
            f'<!-- wp:image {{"sizeSlug":"large"}} -->\n<figure class="wp-block-image size-large">'
            f'<img src="/wp-content/uploads/{name}" alt="{sentence(rng, 5)}"/>'
            f'<figcaption class="wp-element-caption">{sentence(rng, 8)}</figcaption></figure>'
            "\n<!-- /wp:image -->"
        )
        blocks.append(
            f"<!-- wp:paragraph -->\n<p>{sentence(rng)} {sentence(rng)}</p>\n<!-- /wp:paragraph -->"
        )
    return "\n\n".join(blocks)


def item(**fields):
    meta = "".join(
        f"<wp:postmeta><wp:meta_key><![CDATA[{key}]]></wp:meta_key>"
        f"<wp:meta_value><![CDATA[{value}]]></wp:meta_value></wp:postmeta>"
        for key, value in fields.pop("meta").items()
    )
    category = fields.pop("category", None)
    category_xml = (
        f'<category domain="category" nicename="{category[0]}"><![CDATA[{category[1]}]]></category>'
        if category
        else ""
    )
    gmt = fields["date"] - datetime.timedelta(hours=7)
    return f"""
<item>
<title>{escape(fields["title"])}</title>
<link>http://cu.example.vn/{fields["path"]}</link>
<dc:creator><![CDATA[admin]]></dc:creator>
<guid isPermaLink="false">http://cu.example.vn/?p={fields["post_id"]}</guid>
<content:encoded><![CDATA[{fields.get("content", "")}]]></content:encoded>
<excerpt:encoded><![CDATA[{fields.get("excerpt", "")}]]></excerpt:encoded>
<wp:post_id>{fields["post_id"]}</wp:post_id>
<wp:post_date><![CDATA[{fields["date"]:%Y-%m-%d %H:%M:%S}]]></wp:post_date>
<wp:post_date_gmt><![CDATA[{gmt:%Y-%m-%d %H:%M:%S}]]></wp:post_date_gmt>
<wp:post_name><![CDATA[{fields["name"]}]]></wp:post_name>
<wp:status><![CDATA[{fields["status"]}]]></wp:status>
<wp:post_type><![CDATA[{fields["type"]}]]></wp:post_type>
<wp:post_password><![CDATA[]]></wp:post_password>
{fields.get("attachment_url", "")}{category_xml}{meta}
</item>"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--images-per-post", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    base = Image.effect_noise((200, 150), 40).convert("RGB")
    args.out.mkdir(parents=True, exist_ok=True)
    start = datetime.datetime(2012, 1, 1, 8, 0)
    items = []
    next_id = 1_000_000
    for number in range(1, args.posts + 1):
        date = start + datetime.timedelta(hours=7 * number)
        images = []
        for index in range(args.images_per_post):
            name = f"{date:%Y/%m}/anh-{number}-{index + 1}.jpg"
            path = args.out / "uploads" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(photo(rng, base))
            images.append(name)
        next_id += 1
        items.append(
            item(
                title=f"Ảnh {images[0]}",
                path=f"?attachment_id={next_id}",
                post_id=next_id,
                date=date,
                name=f"anh-{number}",
                status="inherit",
                type="attachment",
                attachment_url=f"<wp:attachment_url>http://cu.example.vn/wp-content/uploads/{images[0]}</wp:attachment_url>",
                meta={"_wp_attached_file": images[0], "_wp_attachment_image_alt": sentence(rng, 4)},
            )
        )
        title = f"{sentence(rng, 9)[:-1]} (số {number})"
        body = classic_body(rng, images) if number % 2 else block_body(rng, images)
        items.append(
            item(
                title=title,
                path=f"{date:%Y/%m}/bai-{number}/",
                post_id=number,
                date=date,
                name=f"bai-{number}",
                status="publish",
                type="post",
                content=body,
                excerpt=sentence(rng, 20),
                category=CATEGORIES[number % len(CATEGORIES)],
                meta={
                    "_thumbnail_id": next_id,
                    "nguon": "Báo Quảng Ninh",
                    "post_views_count": rng.randrange(5000),
                },
            )
        )
    (args.out / "export.xml").write_text(
        f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Trang cũ</title>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>http://cu.example.vn</wp:base_site_url>
<wp:base_blog_url>http://cu.example.vn</wp:base_blog_url>
{"".join(items)}
</channel>
</rss>
""",
        encoding="utf-8",
    )
    print(f"{args.posts} bài, {args.posts * args.images_per_post} ảnh trong {args.out}")


if __name__ == "__main__":
    main()
