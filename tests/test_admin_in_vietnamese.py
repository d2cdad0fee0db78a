"""Everything staff see in the admin is Vietnamese: every page each role can reach, checked for the English
words of Django's and django-axes' own interface, and the project's catalogue kept compiled."""

import gettext
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group
from django.utils import timezone

from articles import revisions
from articles.models import Article, ClosingDay, SiteSettings

from .catalogues import ENGLISH_SOURCES, english_words, read_po
from .factories import ArticleFactory, ArticleImageFactory, CategoryFactory, PhotoFactory, UserFactory

pytestmark = pytest.mark.django_db

LOCALE = Path(__file__).resolve().parent.parent / "articles" / "locale" / "vi" / "LC_MESSAGES"
ENGLISH = english_words()
# Attributes a person reads or hears (a screen reader reads aria-label and title).
READ_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt"}


class ReadText(HTMLParser):
    """The text of a page as a person meets it: shown text, button labels, titles; not scripts or styles."""

    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style", "template"}:
            self._skip += 1
        attrs = dict(attrs)
        self.parts += [value for name, value in attrs.items() if name in READ_ATTRIBUTES and value]
        if tag == "input" and attrs.get("type") in {"submit", "button", "reset"} and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in {"script", "style", "template"}:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def english_in(html):
    reader = ReadText()
    reader.feed(html)
    found = set()
    for part in reader.parts:
        for token in part.split():
            word = token.strip(".,;:!?()[]“”‘’\"'…")
            # An address, a file name, an e-mail, a code ("/quan-tri/login/", "text/html") is data, not words.
            if word.isascii() and word.isalpha() and word.lower() in ENGLISH:
                found.add(word)
    return found


@pytest.fixture
def newsroom(site_settings):
    """One of everything the admin lists, so that every list, form, history and deletion page has a row."""
    writer = UserFactory(group="Phóng viên", username="phongvien", first_name="Lan", last_name="Nguyễn")
    editor = UserFactory(group="Biên tập viên", username="bientap", first_name="Minh", last_name="Trần")
    site_admin = UserFactory(group="Quản trị trang", username="quantri", first_name="Hà", last_name="Lê")
    category = CategoryFactory(name="Tin xây dựng Đảng")
    photo = PhotoFactory(alt_text="Lễ kết nạp đảng viên")
    for status in Article.Status:
        article = ArticleFactory(
            category=category, author=writer, last_edited_by=editor, status=status, cover=photo
        )
        ArticleImageFactory(article=article, photo=photo, caption="Các đảng viên mới tuyên thệ")
        revisions.record(article, writer)
    ArticleFactory(
        category=category, author=writer, status=Article.Status.DRAFT, review_comment="Viết lại sapo."
    )
    ClosingDay.objects.create(date=timezone.localdate(), reason="Nghỉ lễ Quốc khánh")
    attempt = {"user_agent": "Mozilla/5.0", "ip_address": "203.0.113.7", "username": "phongvien"}
    attempt |= {"http_accept": "text/html", "path_info": "/quan-tri/login/"}
    AccessAttempt.objects.create(
        **attempt, get_data="", post_data="username=phongvien", failures_since_start=5
    )
    AccessLog.objects.create(**attempt)
    AccessFailureLog.objects.create(**attempt, locked_out=True)
    return {"Phóng viên": writer, "Biên tập viên": editor, "Quản trị trang": site_admin}


def admin_pages(request, user):
    """Every admin page this user can open: the home, each list (searched, filtered, with counts), each add
    form (also sent empty, to show the errors), and for one row its form, history and deletion page."""
    pages = ["/quan-tri/", "/quan-tri/password_change/"]
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        if not model_admin.has_module_permission(request):
            continue
        pages.append(f"/quan-tri/{opts.app_label}/")
        base = f"/quan-tri/{opts.app_label}/{opts.model_name}/"
        if model_admin.has_view_or_change_permission(request):
            pages += [base, f"{base}?q=khongcogi", f"{base}?_facets=1"]
        if model_admin.has_add_permission(request):
            pages += [f"{base}add/", ("POST", f"{base}add/")]
        row = model_admin.get_queryset(request).order_by("pk").first()
        if row is not None and model_admin.has_view_or_change_permission(request, row):
            pages += [f"{base}{row.pk}/change/", f"{base}{row.pk}/history/"]
            if model_admin.has_delete_permission(request, row):
                pages.append(f"{base}{row.pk}/delete/")
    return pages


@pytest.mark.parametrize("role", ["Phóng viên", "Biên tập viên", "Quản trị trang"])
def test_every_admin_page_a_role_can_reach_is_in_vietnamese(client, rf, newsroom, role):
    user = newsroom[role]
    client.force_login(user)
    request = rf.get("/quan-tri/")
    request.user = user
    article = Article.objects.filter(author=newsroom["Phóng viên"]).first()
    pages = [
        *admin_pages(request, user),
        f"/quan-tri/articles/article/{article.pk}/phien-ban/",
        f"/quan-tri/auth/user/{user.pk}/password/" if user.has_perm("auth.change_user") else None,
    ]

    leaks = {}
    for page in filter(None, pages):
        method, url = page if isinstance(page, tuple) else ("GET", page)
        response = client.post(url, {}) if method == "POST" else client.get(url, follow=True)
        assert response.status_code in {200, 403}, f"{method} {url}: {response.status_code}"
        found = english_in(response.content.decode())
        if found:
            leaks[f"{method} {url}"] = sorted(found)

    assert len(pages) > 10
    assert leaks == {}


def test_the_login_page_and_its_errors_are_in_vietnamese(client, newsroom):
    page = client.get("/quan-tri/login/")
    wrong = client.post("/quan-tri/login/", {"username": "phongvien", "password": "sai-mat-khau"})

    assert english_in(page.content.decode()) == set()
    assert english_in(wrong.content.decode()) == set()
    assert "Bạn hãy nhập đúng Tên đăng nhập và mật khẩu" in wrong.content.decode()


def test_the_errors_banner_and_the_counts_link_are_the_newsrooms_words(client, newsroom):
    client.force_login(newsroom["Biên tập viên"])

    errors = client.post("/quan-tri/articles/category/add/", {}).content.decode()
    listing = client.get("/quan-tri/articles/article/").content.decode()
    add = client.get("/quan-tri/articles/article/add/").content.decode()

    assert "Vui lòng sửa các lỗi được đánh dấu bên dưới." in errors
    assert "Hiện số lượng" in listing
    assert "<title>Thêm bài viết" in add and "Thêm vào" not in add


def test_the_admins_scripts_speak_vietnamese(client, newsroom):
    """The two-list picker ("Choose all …") and the calendar are written by the admin's scripts."""
    client.force_login(newsroom["Quản trị trang"])
    script = client.get("/quan-tri/jsi18n/").content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))

    source = read_po(ENGLISH_SOURCES[2])
    untranslated = [
        entry["msgid"]
        for entry in source
        if (f"{entry['msgctxt']}\x04{entry['msgid']}" if "msgctxt" in entry else entry["msgid"])
        not in catalog
    ]

    assert catalog["Choose all %s"] == "Chọn hết %s"
    assert untranslated == []


def test_permission_names_are_in_vietnamese_in_the_group_form(client, newsroom):
    client.force_login(newsroom["Quản trị trang"])
    group = Group.objects.get(name="Phóng viên")

    html = client.get(f"/quan-tri/auth/group/{group.pk}/change/").content.decode()

    assert "Can add" not in html
    assert "Bản tin | bài viết | Được thêm bài viết" in html


@pytest.mark.parametrize("name", ["django", "djangojs"])
def test_the_compiled_catalogue_holds_every_translation_of_its_source(name):
    """The .mo is committed (a machine without gettext still shows Vietnamese): it must match its .po."""
    with open(LOCALE / f"{name}.mo", "rb") as compiled:
        catalog = gettext.GNUTranslations(compiled)

    for entry in read_po(LOCALE / f"{name}.po"):
        context = f"{entry['msgctxt']}\x04" if "msgctxt" in entry else ""
        if "msgid_plural" in entry:
            assert catalog.ngettext(context + entry["msgid"], entry["msgid_plural"], 1) == entry["msgstr[0]"]
        else:
            assert catalog.gettext(context + entry["msgid"]) == entry["msgstr"], entry["msgid"]


def test_site_settings_are_reached_by_site_admins_only(client, newsroom):
    client.force_login(newsroom["Biên tập viên"])
    assert client.get(f"/quan-tri/articles/sitesettings/{SiteSettings.load().pk}/change/").status_code == 403
