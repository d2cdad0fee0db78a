import io
import re
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from articles.models import Article, Photo

from .factories import CategoryFactory
from .test_admin import ADD_URL, article_form
from .xss_payloads import ALL

pytestmark = pytest.mark.django_db

URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "xlink:href",
    "background",
    "poster",
    "srcset",
}
FORBIDDEN_IN_BODY = set(
    "script style iframe object embed base meta form input button textarea select svg math template noscript "
    "noembed link frame frameset applet isindex xmp listing video audio source details marquee".split()
)
# Browsers drop C0 controls and spaces around a URL, and tabs and newlines anywhere in it.
URL_NOISE = re.compile(r"[\x00-\x20\x7f]")


def dangerous_url(value):
    return URL_NOISE.sub("", value).lower().startswith(("javascript:", "data:", "vbscript:"))


def is_our_picture_source(tag, attributes):
    """The WebP <source> of a <picture> that the site renders for a library photo, never one from a body."""
    srcset = attributes.get("srcset") or ""
    return (
        tag == "source"
        and attributes.get("type") == "image/webp"
        and all(entry.strip().startswith("/media/renditions/") for entry in srcset.split(","))
    )


class PageInspector(HTMLParser):
    """Reads a served page as a browser would and lists everything in it that could run script."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.in_body = False
        self.script = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in {"style", "srcdoc"} and self.in_body:
                self.problems.append(f"<{tag} {name}=…> in the article")
            if name in URL_ATTRIBUTES and value and dangerous_url(value):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self.script = attributes
            external = (attributes.get("src") or "").startswith("/static/")
            if not external and attributes.get("type") != "application/ld+json":
                self.problems.append("<script> that is neither ours nor JSON-LD")
        if tag == "base" or (tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh"):
            self.problems.append(f"<{tag}> in the page")
        if self.in_body and tag in FORBIDDEN_IN_BODY and not is_our_picture_source(tag, attributes):
            self.problems.append(f"<{tag}> in the article")
        if tag == "div" and "article-body" in (attributes.get("class") or "").split():
            self.in_body = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        # The article body may hold no <div>: its first </div> closes it.
        if tag == "div" and self.in_body:
            self.in_body = False


def problems_in(html):
    inspector = PageInspector()
    inspector.feed(html)
    inspector.close()
    return inspector.problems


def test_the_inspector_sees_what_it_must():
    page = (
        '<div class="article-body"><p onclick="x()">a</p><a href=" jav&#x09;ascript:x()">b</a>'
        '<iframe src="/"></iframe><form></form></div><script>x()</script><base href="/">'
        '<script src="/static/a.js"></script><script type="application/ld+json">{}</script>'
    )

    assert problems_in(page) == [
        "<p onclick=…>",
        "<a href=' jav\\tascript:x()'>",
        "<iframe> in the article",
        "<form> in the article",
        "<script> that is neither ours nor JSON-LD",
        "<base> in the page",
    ]


@pytest.mark.parametrize(("family", "payload"), ALL, ids=[f"{f[:12]}-{n}" for n, (f, _) in enumerate(ALL)])
def test_no_payload_survives_the_admin_form_onto_the_public_page(
    editor_client, site_settings, family, payload
):
    form = article_form(
        CategoryFactory(),
        title=f"Bài thử {payload}"[:255],
        lead=payload,
        body=f"<p>Đoạn đầu.</p>{payload}<p>Đoạn cuối.</p>",
        source_name=payload[:200],
        **{"photos-TOTAL_FORMS": "0"},
    )

    response = editor_client.post(ADD_URL, form)

    assert response.status_code == 302, response.context and response.context["errors"]
    article = Article.objects.get()
    editor_client.logout()
    page = editor_client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert problems_in(page.content.decode()) == []


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 20, 30)).save(buffer, "PNG")
    return buffer.getvalue()


NAME_PAYLOADS = [
    '"><img src=x onerror=alert(1)>.png',
    "<script>alert(1)</script>.png",
    "javascript:alert(1)//.png",
    "../../templates/base.html.png",
]


@pytest.mark.parametrize("name", NAME_PAYLOADS)
def test_an_editor_upload_named_as_a_payload_is_stored_and_shown_harmlessly(
    client, editor_client, site_settings, media_root, name
):
    upload = editor_client.post("/quan-tri/tai-anh/", {"upload": SimpleUploadedFile(name, png_bytes())})
    url = upload.json()["url"]
    assert re.fullmatch(r"/media/photos/\d{4}/\d\d/[0-9a-f]{32}\.png", url)
    body = f'<figure class="image"><img src="{url}" alt=\'{name}\'><figcaption>{name}</figcaption></figure>'

    editor_client.post(ADD_URL, article_form(CategoryFactory(), body=body, **{"photos-TOTAL_FORMS": "0"}))

    html = client.get(Article.objects.get().get_absolute_url()).content.decode()
    assert f'srcset="{Photo.objects.get().srcset_webp}"' in html  # served as its renditions
    assert problems_in(html) == []


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bai.html", b"<html><body><script>alert(1)</script></body></html>"),
        ("hinh.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("anh.png", png_bytes() + b"<html><script>alert(1)</script></html>"),
        ("<img src=x onerror=alert(1)>.jpg", b"<script>alert(1)</script>"),
    ],
)
def test_an_editor_upload_carrying_markup_is_refused_without_echoing_it(
    editor_client, media_root, name, content
):
    response = editor_client.post("/quan-tri/tai-anh/", {"upload": SimpleUploadedFile(name, content)})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "<" not in response.content.decode()
    assert [path for path in media_root.rglob("*") if path.is_file()] == []
