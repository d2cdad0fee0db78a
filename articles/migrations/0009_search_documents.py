"""Search on PostgreSQL from stored vectors of the folded words (Article.search_title, search_text).

The old index on an expression over title, lead and body made PostgreSQL compute three vectors for every
candidate row: a common word took seconds to list at 100,000 articles. The generated columns are computed on
write, by PostgreSQL itself, so no code path can forget them; articles.search reads them. SQLite has no such
machinery and keeps matching the folded words directly. Each statement is safe to repeat (the browser tests
run the migrations' steps again).
"""

from django.db import migrations

POSTGRESQL_FORWARD = [
    "DROP INDEX IF EXISTS article_search_idx",
    """
    ALTER TABLE articles_article
        ADD COLUMN IF NOT EXISTS search_title_document tsvector
            GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_title)) STORED,
        ADD COLUMN IF NOT EXISTS search_document tsvector
            GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED
    """,
    "CREATE INDEX IF NOT EXISTS article_title_document_idx ON articles_article USING gin (search_title_document)",
    "CREATE INDEX IF NOT EXISTS article_document_idx ON articles_article USING gin (search_document)",
]
POSTGRESQL_BACKWARD = [
    "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_title_document, DROP COLUMN IF EXISTS search_document",
    """
    CREATE INDEX IF NOT EXISTS article_search_idx ON articles_article USING gin ((
        setweight(to_tsvector('simple'::regconfig, COALESCE(bulletin_unaccent(title), '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, COALESCE(bulletin_unaccent(lead), '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, COALESCE(bulletin_unaccent(body), '')), 'C')
    ))
    """,
]


def run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_perf")]

    operations = [
        migrations.RunPython(run_on_postgresql(POSTGRESQL_FORWARD), run_on_postgresql(POSTGRESQL_BACKWARD)),
    ]
