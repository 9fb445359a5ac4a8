"""
`manage.py import_wordpress EXPORT.xml [--uploads DIR] [--dry-run] [--publish-as-draft]
[--author-map FILE] [--tags-as-categories]`: move a WordPress blog into News & Blog.

See docs/moving-from-wordpress.md for the steps around it.
"""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from news.wordpress.importer import ImportFailed, WordPressImporter, read_author_map
from news.wordpress.wxr import ExportError, read_export


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools › Export, All content) into News & Blog: posts, "
        "categories, authors and images, with permanent redirects from the old addresses. "
        "Safe to run again: unchanged posts are left alone, changed ones updated."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="the .xml file WordPress exported")
        parser.add_argument(
            "--uploads",
            metavar="DIR",
            help="a copy of the old site's wp-content/uploads folder, for the images",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="print the report of what would be imported, and write nothing",
        )
        parser.add_argument(
            "--publish-as-draft",
            action="store_true",
            help="import published posts as drafts, to check (or legally review) before publishing",
        )
        parser.add_argument(
            "--author-map",
            metavar="FILE",
            help=(
                "a CSV file of 'WordPress login or email,profile slug' lines, for authors "
                "whose profile has another email address or name"
            ),
        )
        parser.add_argument(
            "--tags-as-categories",
            action="store_true",
            help="import tags as top-level categories (by default tags are not imported)",
        )

    def handle(self, *args, **options):
        uploads = options["uploads"]
        if uploads and not Path(uploads).is_dir():
            raise CommandError(f"--uploads {uploads}: no such folder.")
        started = time.monotonic()
        try:
            export = read_export(options["export"])
            author_map = read_author_map(options["author_map"]) if options["author_map"] else {}
            report = WordPressImporter(
                export,
                uploads=uploads,
                dry_run=options["dry_run"],
                publish_as_draft=options["publish_as_draft"],
                author_map=author_map,
                tags_as_categories=options["tags_as_categories"],
                progress=ProgressBar(self.stderr),
            ).run()
        except (ExportError, ImportFailed) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(report.render())
        seconds = time.monotonic() - started
        self.stdout.write(f"\nTook {seconds:.1f} s.")
        if not options["dry_run"] and (report.created or report.updated):
            self.stdout.write(
                self.style.SUCCESS("Imported. Check the articles under News & Blog in the admin.")
            )


class ProgressBar:
    """Posts done, on stderr: a bar redrawn in place on a terminal, a line every
    tenth of the way otherwise (a log file)."""

    WIDTH = 30

    def __init__(self, stream):
        self.stream = stream
        self.shown = -1

    def __call__(self, done, total):
        if not total:
            return
        percent = done * 100 // total
        if self.stream.isatty():
            if percent != self.shown or done == total:
                filled = self.WIDTH * done // total
                bar = "#" * filled + "-" * (self.WIDTH - filled)
                ending = "\n" if done == total else ""
                self.stream.write(f"\rPosts [{bar}] {done}/{total}", ending=ending)
                self.stream.flush()
        elif percent // 10 != self.shown // 10 or done == total:
            self.stream.write(f"Posts: {done}/{total} ({percent}%)")
        self.shown = percent
