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


UPLOADS_URL = "https://old.example/wp-content/uploads/"
NAMESPACES = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in [
        ("excerpt", "http://wordpress.org/export/1.2/excerpt/"),
        ("content", "http://purl.org/rss/1.0/modules/content/"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("wp", "http://wordpress.org/export/1.2/"),
    ]
)


def tag(name, value=""):
    return f"<{name}>{value}</{name}>"


def meta(key, value):
    return tag("wp:postmeta", tag("wp:meta_key", key) + tag("wp:meta_value", value))


def block(name, html, attrs=""):
    return f"<!-- wp:{name}{attrs} -->\n{html}\n<!-- /wp:{name} -->"


def body(rng, number, images):
    paragraphs = [" ".join(rng.sample(SENTENCES, 4)) for _ in range(6)]
    picture = rng.choice(images) if rng.random() < 0.4 else None
    if number % 2:  # the block editor
        blocks = [block("paragraph", tag("p", text)) for text in paragraphs]
        blocks.insert(2, block("heading", tag("h2", "What happens next")))
        quote = tag("p", "It was the first time anyone listened.") + tag("cite", "A client")
        blocks.insert(4, block("quote", f'<blockquote class="wp-block-quote">{quote}</blockquote>'))
        if picture:
            attachment_id, relative = picture
            image = (
                f'<img src="{UPLOADS_URL}{relative}" alt="An illustration" '
                f'class="wp-image-{attachment_id}"/>'
            )
            figure = f'<figure class="wp-block-image">{image}{tag("figcaption", number)}</figure>'
            blocks.insert(3, block("image", figure, f' {{"id":{attachment_id}}}'))
        return "\n\n".join(blocks)
    text = (
        "\n\n".join(paragraphs[:3])
        + "\n\n<h2>What happens next</h2>\n"
        + "\n\n".join(paragraphs[3:])
        + "\n\n<ul>\n<li>Call us</li>\n<li>Send us a message</li>\n</ul>"
    )
    if picture:
        attachment_id, relative = picture
        small = relative.replace(".jpg", "-300x200.jpg")
        image = (
            f'<img class="wp-image-{attachment_id}" src="{UPLOADS_URL}{small}" alt="A picture" />'
        )
        text += f'\n\n[caption id="attachment_{attachment_id}"]{image} Figure {number}[/caption]'
    return text + '\n\n[contact-form-7 id="5"]'


def category(term_id, slug, parent=""):
    name = slug.replace("-", " ").title()
    return tag(
        "wp:category",
        tag("wp:term_id", term_id)
        + tag("wp:category_nicename", slug)
        + tag("wp:category_parent", parent)
        + tag("wp:cat_name", name),
    )


def write_export(path, posts):
    rng = random.Random(14)  # noqa: S311 (invented content, not secrets)
    out = io.StringIO()
    out.write(
        f'<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" {NAMESPACES}>\n<channel>'
    )
    out.write(tag("title", "Benchmark Solicitors") + tag("link", "https://old.example"))
    out.write(tag("wp:wxr_version", "1.2") + tag("wp:base_site_url", "https://old.example"))
    out.write(tag("wp:base_blog_url", "https://old.example") + "\n")
    for number in range(AUTHORS):
        login = f"writer{number}"
        author = (
            tag("wp:author_login", login)
            + tag("wp:author_email", f"{login}@old.example")
            + tag("wp:author_display_name", f"Writer Number{number}")
        )
        out.write(tag("wp:author", author) + "\n")
    term_id = 10
    children = []
    for parent, kids in CATEGORIES.items():
        out.write(category(term_id, parent) + "\n")
        term_id += 1
        for kid in kids:
            out.write(category(term_id, kid, parent) + "\n")
            term_id += 1
            children.append(kid)
    images = []
    for number in range(IMAGES):
        attachment_id = 100_000 + number
        relative = f"2024/{number % 12 + 1:02d}/picture-{number}.jpg"
        images.append((attachment_id, relative))
        attachment = (
            tag("title", f"Picture {number}")
            + tag("wp:post_id", attachment_id)
            + tag("wp:post_type", "attachment")
            + tag("wp:status", "inherit")
            + tag("wp:attachment_url", UPLOADS_URL + relative)
            + meta("_wp_attached_file", relative)
            + meta("_wp_attachment_image_alt", f"A yellow circle on blue, number {number}")
        )
        out.write(tag("item", attachment) + "\n")
    for number in range(1, posts + 1):
        year, day_of_year = 2015 + number % 10, number % 365
        month, day = day_of_year // 31 % 12 + 1, day_of_year % 28 + 1
        slug = f"{rng.choice(TOPICS)}-update-{number}"
        date = f"{year}-{month:02d}-{day:02d} 09:{number % 60:02d}:00"
        title = f"{rng.choice(TOPICS).title()} update number {number}: what it means"
        post = (
            tag("title", escape(title))
            + tag("link", f"https://old.example/{year}/{month:02d}/{day:02d}/{slug}/")
            + tag("dc:creator", f"writer{number % AUTHORS}")
            + tag("content:encoded", f"<![CDATA[{body(rng, number, images)}]]>")
            + tag("excerpt:encoded")
            + tag("wp:post_id", number)
            + tag("wp:post_date", date)
            + tag("wp:post_date_gmt", date)
            + tag("wp:post_name", slug)
            + tag("wp:status", "draft" if number % 50 == 0 else "publish")
            + tag("wp:post_type", "post")
            + f'<category domain="category" nicename="{rng.choice(children)}">x</category>'
            + meta("_thumbnail_id", rng.choice(images)[0])
        )
        out.write(tag("item", post) + "\n")
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
