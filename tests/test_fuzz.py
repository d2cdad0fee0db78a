"""Random addresses and query strings on the public pages: whatever comes, never a server error."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

ANSWERS = {200, 301, 302, 400, 404}
# What a URL can carry once decoded: every plane, controls, NUL; no lone surrogates (no client sends them).
WILD_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
LONG_TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=2000, max_size=5000)
NUMBERS = st.integers(min_value=-(10**30), max_value=10**30).map(str)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    database=None,
)


@pytest.fixture
def pages(site_settings):
    category = CategoryFactory(name="Tin xây dựng Đảng")
    article = ArticleFactory(category=category)
    return ["/", category.get_absolute_url(), article.get_absolute_url()]


def test_random_paths_never_cause_a_server_error(client, pages):
    prefixes = st.sampled_from(
        ["/", "/chuyen-muc/", "/bai-viet/", "/media/", "/static/", "/healthz/", *pages]
    )

    @FUZZ
    @given(prefix=prefixes, tail=st.one_of(WILD_TEXT, LONG_TEXT))
    def visit(prefix, tail):
        # Sent encoded, as a browser does: raw, "//[" would be read as the start of a host by the test client.
        response = client.get(prefix + quote(tail, safe=""))
        assert response.status_code in ANSWERS, (prefix + tail, response.status_code)

    visit()


def test_random_query_strings_never_cause_a_server_error(client, pages):
    values = st.one_of(WILD_TEXT, NUMBERS, LONG_TEXT)
    queries = st.dictionaries(
        st.one_of(st.sampled_from(["trang", "q", "page", "chuyen-muc"]), WILD_TEXT),
        st.one_of(values, st.lists(values, max_size=3)),
        max_size=4,
    )

    @FUZZ
    @given(page=st.sampled_from(pages), query=queries)
    def visit(page, query):
        response = client.get(page, query)
        assert response.status_code in ANSWERS, (page, query, response.status_code)

    visit()


def test_random_raw_query_strings_never_cause_a_server_error(client, pages):
    @FUZZ
    @given(
        page=st.sampled_from(pages), raw=st.one_of(WILD_TEXT, st.binary(max_size=300).map(lambda b: b.hex()))
    )
    def visit(page, raw):
        response = client.get(f"{page}?{raw}")
        assert response.status_code in ANSWERS, (page, raw, response.status_code)

    visit()
