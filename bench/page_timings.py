"""
How long the main pages take to render, and in how many queries.

Run by hand against the demo content (after `make run` has loaded it once):

    .venv/bin/python bench/page_timings.py [repeats]

Renders each page through Django's test client (no network, no static files),
after one warm-up render, and prints the median and 90th percentile time and
the query count. The query counts are pinned in tests/news/test_queries.py;
the times are for comparing changes on one machine, not an absolute figure.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "firm_site.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from news.models import ArticlePage, Category  # noqa: E402
from people.models import PersonPage  # noqa: E402


def main(repeats):
    article = ArticlePage.objects.live().order_by("-first_published_at").first()
    category = Category.objects.exclude(parent=None).first()
    person = PersonPage.objects.live().first()
    if not (article and category and person):
        sys.exit("No demo content: run `make run` (or manage.py load_demo_content) first.")
    pages = {
        "home": "/",
        "news": "/news/",
        "category": f"/news/category/{category.path}/",
        "article": article.url,
        "people": "/people/",
        "profile": person.url,
        "contact": "/contact/",
    }
    client = Client(HTTP_HOST="localhost")
    print(f"{'page':<10} {'median ms':>10} {'p90 ms':>8} {'queries':>8}")
    for name, path in pages.items():
        client.get(path)
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            times.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                sys.exit(f"{path} answered {response.status_code}")
        p90 = statistics.quantiles(times, n=10)[-1] if len(times) > 1 else times[0]
        print(f"{name:<10} {statistics.median(times):>10.1f} {p90:>8.1f} {len(queries):>8}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
