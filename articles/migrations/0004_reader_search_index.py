"""Search: the folded columns filled for existing articles; on PostgreSQL, unaccent and the full-text index.

The index expression must stay exactly that of articles.search.document_vector(), or PostgreSQL cannot use it.
"""

from django.db import migrations

from articles.text import plain_text, sanitize_html, search_text

POSTGRESQL_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() is only STABLE (its dictionary could change); an index needs an IMMUTABLE function.
    """
    CREATE OR REPLACE FUNCTION bulletin_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
    """,
    """
    CREATE INDEX IF NOT EXISTS article_search_idx ON articles_article USING gin ((
        setweight(to_tsvector('simple'::regconfig, COALESCE(bulletin_unaccent(title), '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, COALESCE(bulletin_unaccent(lead), '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, COALESCE(bulletin_unaccent(body), '')), 'C')
    ))
    """,
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS article_search_idx",
    "DROP FUNCTION IF EXISTS bulletin_unaccent(text)",
]


def run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


def fill_search_columns(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    for article in Article.objects.only("title", "lead", "body").iterator(chunk_size=500):
        Article.objects.filter(pk=article.pk).update(
            search_title=search_text(article.title),
            search_text=search_text(article.title, article.lead, plain_text(sanitize_html(article.body))),
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_reader_schema")]

    operations = [
        migrations.RunPython(fill_search_columns, migrations.RunPython.noop),
        migrations.RunPython(run_on_postgresql(POSTGRESQL_FORWARD), run_on_postgresql(POSTGRESQL_BACKWARD)),
    ]
