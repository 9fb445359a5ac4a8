"""Running the WordPress import on the fixture export (an invented firm's blog)."""

import io
import tempfile
from pathlib import Path

from django.core.management import call_command

from tests.utils import SiteTestCase

FIXTURE_DIR = Path(__file__).parent / "fixture"
EXPORT = FIXTURE_DIR / "hollins-brae.xml"
UPLOADS = FIXTURE_DIR / "uploads"

# The fixture's posts by WordPress id.
PUBLISHED = {101, 102, 103, 108}
DRAFTS = {104, 110}
SCHEDULED = {109}
IMPORTED = PUBLISHED | DRAFTS | SCHEDULED
SKIPPED = {105, 106, 107}


def run_import(export=EXPORT, *args, uploads=UPLOADS, **options):
    """The command's report (stdout) and progress (stderr)."""
    out, err = io.StringIO(), io.StringIO()
    if uploads is not None:
        options["uploads"] = str(uploads)
    call_command("import_wordpress", str(export), *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def export_variant(test_case, replacements=(), text=None):
    """A copy of the fixture export with some text replaced, in a temporary folder."""
    text = EXPORT.read_text(encoding="utf-8") if text is None else text
    for old, new in replacements:
        assert old in text, f"not in the fixture: {old!r}"
        text = text.replace(old, new)
    folder = tempfile.TemporaryDirectory()
    test_case.addCleanup(folder.cleanup)
    path = Path(folder.name) / "export.xml"
    path.write_text(text, encoding="utf-8")
    return path


class ImportTestCase(SiteTestCase):
    """The site's page tree, and the fixture imported once for the class."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.before_import()
        cls.report, cls.progress = run_import()

    @classmethod
    def before_import(cls):
        """What the site holds before the import (profiles, categories)."""

    @staticmethod
    def article(wordpress_id):
        from news.models import ArticlePage

        return ArticlePage.objects.get(wordpress_id=wordpress_id)
