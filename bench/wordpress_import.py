"""
How long `manage.py import_wordpress` takes on a big blog.

    .venv/bin/python bench/wordpress_import.py [posts]            # SQLite (5,000 posts)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fs_x .venv/bin/python bench/wordpress_import.py

Writes a WordPress export of invented posts (classic and block-editor bodies,
a nested category tree, a dozen authors, 40 images shared between posts and
an uploads folder drawn with Pillow), then imports it into a throwaway
database (Django's test database for DATABASE_URL, so nothing of yours is
touched) holding the demo site, and prints the time of the import and of a
second run (which should change nothing).
"""

import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "firm_site.settings.dev")
WORKDIR = Path(tempfile.mkdtemp(prefix="wordpress-bench-"))
os.environ["MEDIA_ROOT"] = str(WORKDIR / "media")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

SENTENCES = [
    "Our team has acted for people in this position for many years.",
    "The first conversation is free and entirely confidential.",
    "Most claims settle without anyone having to give evidence in court.",
    "Records kept by schools and councils often matter more than people expect.",
    "A claim can sometimes go ahead even when the usual time limit has passed.",
    "We explain each step before it happens, in plain English.",
    "Compensation can pay for therapy, lost earnings and care.",
    "An interim payment may help while the claim goes on.",
    "Nobody has to tell their story more than once to us.",
    "The court looks at whether a fair trial is still possible.",
]
TOPICS = ["abuse", "negligence", "injury", "inquiry", "records", "limitation", "therapy"]
CATEGORIES = {
    "child-abuse": ["grooming-gangs", "institutional-abuse", "online-exploitation", "sport"],
    "clinical-negligence": ["birth-injuries", "delayed-diagnosis", "surgery", "mental-health"],
    "personal-injury": ["road-accidents", "workplace", "public-places", "brain-injury"],
    "firm-news": ["events", "charity", "people", "awards"],
    "guides": ["funding", "process", "evidence", "courts"],
    "law-changes": ["legislation", "judgments", "consultations", "costs"],
}
AUTHORS = 12
IMAGES = 40


def draw_uploads(uploads):
    for number in range(IMAGES):
        path = uploads / f"2024/{number % 12 + 1:02d}/picture-{number}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        image = Image.new("RGB", (1200, 800), (40 + number * 5, 80, 160 - number * 2))
        ImageDraw.Draw(image).ellipse((300, 200, 900, 600), fill=(230, 200, 90))
        image.save(path, quality=60)
        image.resize((300, 200)).save(path.with_name(f"picture-{number}-300x200.jpg"), quality=60)


def body(rng, number, images):
    paragraphs = [" ".join(rng.sample(SENTENCES, 4)) for _ in range(6)]
    picture = rng.choice(images) if rng.random() < 0.4 else None
    if number % 2:  # the block editor
        blocks = [f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->" for p in paragraphs]
        blocks.insert(
            2,
            '<!-- wp:heading -->\n<h2 class="wp-block-heading">What happens next</h2>\n<!-- /wp:heading -->',
        )
        blocks.insert(
            4,
            '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>It was the first time anyone listened.</p><cite>A client</cite></blockquote>\n<!-- /wp:quote -->',
        )
        if picture:
            attachment_id, relative = picture
            blocks.insert(
                3,
                f'<!-- wp:image {{"id":{attachment_id}}} -->\n<figure class="wp-block-image"><img src="https://old.example/wp-content/uploads/{relative}" alt="An illustration" class="wp-image-{attachment_id}"/><figcaption>Figure {number}</figcaption></figure>\n<!-- /wp:image -->',
            )
        return "\n\n".join(blocks)
    text = (
        "\n\n".join(paragraphs[:3])
        + "\n\n<h2>What happens next</h2>\n"
        + "\n\n".join(paragraphs[3:])
    )
    text += "\n\n<ul>\n<li>Call us</li>\n<li>Send us a message</li>\n</ul>"
    if picture:
        attachment_id, relative = picture
        small = relative.replace(".jpg", "-300x200.jpg")
        text += f'\n\n[caption id="attachment_{attachment_id}" width="300"]<img class="wp-image-{attachment_id}" src="https://old.example/wp-content/uploads/{small}" alt="An illustration" /> Figure {number}[/caption]'
    return text + '\n\n[contact-form-7 id="5"]'


def write_export(path, posts):
    rng = random.Random(14)
    out = io.StringIO()
    out.write(
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Benchmark Solicitors</title>\n<link>https://old.example</link>\n<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_site_url>https://old.example</wp:base_site_url>\n<wp:base_blog_url>https://old.example</wp:base_blog_url>\n'
    )
    for number in range(AUTHORS):
        out.write(
            f"<wp:author><wp:author_login>writer{number}</wp:author_login><wp:author_email>writer{number}@old.example</wp:author_email><wp:author_display_name>Writer Number{number}</wp:author_display_name></wp:author>\n"
        )
    term_id = 10
    children = []
    for parent, kids in CATEGORIES.items():
        out.write(
            f"<wp:category><wp:term_id>{term_id}</wp:term_id><wp:category_nicename>{parent}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>{parent.replace('-', ' ').title()}</wp:cat_name></wp:category>\n"
        )
        term_id += 1
        for kid in kids:
            out.write(
                f"<wp:category><wp:term_id>{term_id}</wp:term_id><wp:category_nicename>{kid}</wp:category_nicename><wp:category_parent>{parent}</wp:category_parent><wp:cat_name>{kid.replace('-', ' ').title()}</wp:cat_name></wp:category>\n"
            )
            term_id += 1
            children.append(kid)
    images = []
    for number in range(IMAGES):
        attachment_id = 100_000 + number
        relative = f"2024/{number % 12 + 1:02d}/picture-{number}.jpg"
        images.append((attachment_id, relative))
        out.write(
            f"<item><title>Picture {number}</title><wp:post_id>{attachment_id}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:attachment_url>https://old.example/wp-content/uploads/{relative}</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>{relative}</wp:meta_value></wp:postmeta><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>A yellow circle on blue, number {number}</wp:meta_value></wp:postmeta></item>\n"
        )
    for number in range(1, posts + 1):
        year, day_of_year = 2015 + number % 10, number % 365
        month, day = day_of_year // 31 % 12 + 1, day_of_year % 28 + 1
        slug = f"{rng.choice(TOPICS)}-update-{number}"
        date = f"{year}-{month:02d}-{day:02d} 09:{number % 60:02d}:00"
        status = "draft" if number % 50 == 0 else "publish"
        featured = rng.choice(images)[0]
        out.write(
            f"<item><title>{escape(rng.choice(TOPICS).title())} update number {number}: what it means</title>"
            f"<link>https://old.example/{year}/{month:02d}/{day:02d}/{slug}/</link>"
            f"<dc:creator>writer{number % AUTHORS}</dc:creator>"
            f"<content:encoded><![CDATA[{body(rng, number, images)}]]></content:encoded>"
            "<excerpt:encoded><![CDATA[]]></excerpt:encoded>"
            f"<wp:post_id>{number}</wp:post_id><wp:post_date>{date}</wp:post_date><wp:post_date_gmt>{date}</wp:post_date_gmt>"
            f"<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status><wp:post_type>post</wp:post_type>"
            f'<category domain="category" nicename="{rng.choice(children)}">x</category>'
            f"<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{featured}</wp:meta_value></wp:postmeta>"
            "</item>\n"
        )
    out.write("</channel>\n</rss>\n")
    path.write_text(out.getvalue(), encoding="utf-8")


def timed_import(export, uploads):
    """(wall-clock seconds, CPU seconds of this process, the report). CPU time leaves
    out waiting for other work on a shared machine, but also the database server's
    own work (PostgreSQL), which only the wall-clock figure has."""
    report = io.StringIO()
    started, cpu_started = time.perf_counter(), time.process_time()
    call_command(
        "import_wordpress", str(export), uploads=str(uploads), stdout=report, stderr=io.StringIO()
    )
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return wall, cpu, report.getvalue()


def main(posts):
    uploads = WORKDIR / "uploads"
    export = WORKDIR / "export.xml"
    draw_uploads(uploads)
    write_export(export, posts)
    size = export.stat().st_size / 1_000_000
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        # A file, as on a laptop, rather than the test runner's in-memory database.
        database.setdefault("TEST", {})["NAME"] = str(WORKDIR / "bench.sqlite3")
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        call_command("load_demo_content", "--no-admin", stdout=io.StringIO())
        engine = connection.vendor
        print(f"{posts} posts ({size:.1f} MB export), {IMAGES} images, on {engine}")
        seconds, cpu, report = timed_import(export, uploads)
        summary = [
            line
            for line in report.splitlines()
            if line.startswith(("  created", "Images", "Redirects"))
        ]
        print(
            f"first import: {seconds:.1f} s ({seconds / posts * 1000:.0f} ms a post; "
            f"{cpu:.1f} s of CPU)"
        )
        print("  " + "; ".join(line.strip() for line in summary))
        seconds, cpu, report = timed_import(export, uploads)
        unchanged = next(line.strip() for line in report.splitlines() if "unchanged" in line)
        print(f"second run:   {seconds:.1f} s ({cpu:.1f} s of CPU; {unchanged})")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
