"""The page cache's narrow door, and data at the bottom: checked on the source, so no import slips in."""

import ast
from pathlib import Path

import articles.pagecache

PROJECT = Path(__file__).resolve().parent.parent
APP = PROJECT / "articles"


def imported_modules(path):
    """Every module `path` imports, as absolute dotted names (the names it takes from it, for `from`)."""
    package = ".".join(path.relative_to(PROJECT).with_suffix("").parts[:-1])
    if path.name == "__init__.py":
        package = ".".join(path.relative_to(PROJECT).parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module
            found += [(module, alias.name) for alias in node.names]
    return found


def python_files(*folders):
    return [
        path
        for folder in folders
        for path in (PROJECT / folder).rglob("*.py")
        if "migrations" not in path.parts
    ]


def test_models_and_the_change_news_never_import_the_page_cache_or_anything_above_them():
    for path in [*python_files("articles/models"), APP / "changes.py"]:
        for module, name in imported_modules(path):
            assert not (module or "").startswith("articles.pagecache"), (path, module)
            full = f"{module}.{name}" if name else module
            assert full not in {"articles.views", "articles.admin"}, (path, full)
    assert all(not m.startswith("articles") for m, _ in imported_modules(APP / "changes.py"))


def test_the_rest_of_the_site_uses_only_the_page_caches_front_door():
    door = set(articles.pagecache.__all__)
    for path in python_files("articles", "bulletin_site", "backups"):
        if APP / "pagecache" in path.parents:
            continue
        for module, name in imported_modules(path):
            if module == "articles" and name == "pagecache":
                continue
            if module == "articles.pagecache":
                assert name in door, (path, name)
            else:
                assert not (module or "").startswith("articles.pagecache."), (path, module)


def test_the_front_door_is_narrow():
    assert set(articles.pagecache.__all__) == {
        "CountedView",
        "cached_page",
        "content_changed",
        "count_logged_views",
        "counts_as_view",
        "flush_views",
        "kept",
        "redis_state",
        "shared",
        "shares_parts",
        "views_waiting",
    }
