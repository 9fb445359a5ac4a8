"""On PostgreSQL, search reads an index rather than every entry."""

from unittest import skipUnless

from django.db import connection
from django.test import TestCase


@skipUnless(connection.vendor == "postgresql", "PostgreSQL's search backend only")
class SearchIndexTests(TestCase):
    def test_what_the_backend_matches_against_is_indexed(self):
        # Wagtail's backend asks `(title || body) @@ query`: only an index on
        # that expression serves it (firm_site/0010_search_index_title_body_gin).
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'wagtailsearch_indexentry'"
            )
            definitions = [row[0] for row in cursor.fetchall()]
        self.assertTrue(
            any("USING gin" in d and "(title || body)" in d for d in definitions), definitions
        )
