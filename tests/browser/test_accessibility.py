import pytest
from playwright.sync_api import expect

from tests.browser.conftest import page_in_a_new_context
from tests.browser.test_calendar import log_in
from tests.checkers import AXE_SCRIPT, npm_file
from tests.conftest import public_urls
from tests.factories import ArticleFactory, PhotoFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = ["home", "category", "article", "search results", "contact page", "404"]
PAGES += ["documents", "document search", "document", "topics", "topic"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"]


@pytest.fixture
def page(browser):
    # axe-core is injected as an inline script, which our Content-Security-Policy rightly refuses; the policy
    # itself is tested in test_content_security_policy.py.
    yield from page_in_a_new_context(browser, bypass_csp=True)


def axe_violations(page):
    page.add_script_tag(path=str(npm_file(AXE_SCRIPT)))
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(r => r.violations)", WCAG_TAGS
    )


def describe(name, violations):
    return [
        f"{name}: {v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
    ]


@pytest.mark.parametrize("width", [320, 1280])
def test_public_pages_meet_wcag_21_aa_and_reflow(page, live_server, reader_site, width):
    page.set_viewport_size({"width": width, "height": 800})
    problems = []
    for name in PAGES:
        page.goto(f"{live_server.url}{public_urls(reader_site)[name]}", wait_until="networkidle")
        problems += describe(name, axe_violations(page))
        # WCAG 1.4.10: nothing to scroll sideways, down to 320 px.
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            problems.append(f"{name}: {overflow} px wider than the {width} px window")

    assert not problems, "\n".join(problems)


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page, live_server, reader_site):
    page.goto(f"{live_server.url}{reader_site.article.get_absolute_url()}")

    page.keyboard.press("Tab")

    assert page.evaluate("document.activeElement.textContent") == "Bỏ qua, đến nội dung chính"
    box = page.locator(".skip-link").bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0  # on screen once focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "noi-dung"
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('noi-dung').contains(document.activeElement)")


def test_reader_searches_with_the_keyboard_alone(page, live_server, reader_site):
    page.goto(live_server.url)

    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "tu-khoa-dau-trang":
            break
    page.keyboard.type("KET NAP DANG")
    page.keyboard.press("Enter")

    page.wait_for_url("**/tim-kiem/?q=KET+NAP+DANG")
    assert page.locator(".search-result h2").first.inner_text() == reader_site.article.title


def test_the_photo_picker_cover_box_and_file_fields_meet_wcag_21_aa(page, live_server):
    UserFactory(username="bientap", group="Biên tập viên")
    cover = PhotoFactory(alt_text="Hội trường", credit="Minh Anh")
    article = ArticleFactory(cover=cover)
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/article/{article.pk}/change/")
    expect(page.locator("#cover-thumbnail")).to_be_visible()
    page.get_by_role("button", name="Chèn ảnh (thư viện hoặc tải lên)").click()
    page.locator("#photo-picker .photo-picker-tile").first.click()

    page.add_script_tag(path=str(npm_file(AXE_SCRIPT)))
    result = page.evaluate(
        """tags => axe.run({include: [['#photo-picker'], ['#cover-box']]},
                           {runOnly: {type: 'tag', values: tags}})
                  .then(r => ({violations: r.violations, passed: r.passes.length}))""",
        WCAG_TAGS,
    )
    assert result["passed"] > 5  # the parts were there to check
    assert describe("biểu mẫu bài viết", result["violations"]) == []
