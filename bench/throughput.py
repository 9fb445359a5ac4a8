"""
Requests a second, side by side: pages made by the app (straight to gunicorn),
the same pages from the shared cache (through nginx and Varnish), and a static
file of the same size as the article served by whitenoise (the ceiling).

    .venv/bin/python bench/throughput.py [seconds per run]

Runs the production stack on loopback (deploy/stack.py: one gunicorn with
BENCH_WORKERS sync workers, default 2) against BENCH_DATABASE_URL (default
DATABASE_URL; migrated and given the demo content if it has no pages) and
REDIS_URL, then wrk (apt-get install wrk) with BENCH_CONNECTIONS connections
(default 16) for each URL in turn. Run it by hand on a quiet machine: it
prints figures, it doesn't judge them, except against the issue's targets
(cached article at least half the static file's rate, uncached at least 7 %).
"Uncached" is straight to gunicorn, past the shared HTTP cache; the article's
metadata and content then come from the app's cache (cache_tags.py), and a
last run measures it with them written on every view, as after a change.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR / "deploy"))

import stack  # noqa: E402

WRK = shutil.which("wrk")
SECONDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 16))
WORKERS = int(os.environ.get("BENCH_WORKERS", 2))
STATIC_COPY = "bench/article-copy.html"


def wrk(url):
    """(requests a second, p50 ms, p99 ms, errors) of one wrk run."""
    output = subprocess.run(  # noqa: S603 (wrk, on loopback)
        [
            WRK,
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--latency",
            "-H",
            "Host: 127.0.0.1",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return (
        rate,
        to_ms(latency["50"]),
        to_ms(latency["99"]),
        (int(errors.group(1)) if errors else 0) + (1 if socket_errors else 0),
    )


def to_ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def fetch(url):
    request = urllib.request.Request(url, headers={"Host": "127.0.0.1"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        return response.read(), response.headers


def has_pages(env):
    result = stack.manage(
        env,
        "shell",
        "-c",
        "from news.models import ArticlePage; print(ArticlePage.objects.live().count())",
        capture_output=True,
        text=True,
    )
    return int(result.stdout.strip().splitlines()[-1]) > 0


def pages(env):
    """The URLs to measure: the newest article, News & Blog, its busiest category, home."""
    code = (
        "from news.models import ArticlePage, Category, NewsIndexPage\n"
        "from django.db.models import Count\n"
        "article = ArticlePage.objects.live().order_by('-first_published_at').first()\n"
        "category = Category.objects.annotate(n=Count('articles')).order_by('-n').first()\n"
        "news = NewsIndexPage.objects.live().first()\n"
        "print(article.url, news.url, news.category_url(category))"
    )
    output = stack.manage(env, "shell", "-c", code, capture_output=True, text=True).stdout
    article, news, category = output.strip().splitlines()[-1].split()
    return [("Article", article), ("News & Blog", news), ("Category", category), ("Home", "/")]


def main():
    if WRK is None:
        sys.exit("bench/throughput.py needs wrk: sudo apt-get install -y wrk")
    database_url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if not database_url:
        sys.exit("Set BENCH_DATABASE_URL (or DATABASE_URL): a PostgreSQL database to measure.")
    run_dir = Path(tempfile.mkdtemp(prefix="firm_site-bench-"))
    port = int(os.environ.get("STACK_PORT", 8150))
    static_root = run_dir / "static"
    env = stack.production_env(
        front_url=f"http://127.0.0.1:{port}",
        cache_url=f"http://127.0.0.1:{port + 1}",
        database_url=database_url,
        redis_url=os.environ.get("REDIS_URL", ""),
        media_root=os.environ.get("MEDIA_ROOT") or BASE_DIR / "media",
        enquiry_keys=stack.DEV_ENQUIRY_KEY,
    )
    env.update({"STATIC_ROOT": str(static_root), "LOG_LEVEL": "WARNING"})
    stack.manage(env, "migrate", "--noinput", stdout=subprocess.DEVNULL)
    if not has_pages(env):
        print("No articles: loading the demo content.")
        stack.manage(env, "load_demo_content", stdout=subprocess.DEVNULL)
    stack.manage(env, "collectstatic", "--noinput", stdout=subprocess.DEVNULL)
    urls = pages(env)

    with stack.Stack(run_dir, env, port=port, workers=WORKERS) as running:
        app, front = running.app_url(0), running.front_url
        # The ceiling: the article's own bytes as a static file, which whitenoise
        # (in the same gunicorn) finds when it starts.
        article_html, _ = fetch(app + urls[0][1])
        (static_root / STATIC_COPY).parent.mkdir(parents=True, exist_ok=True)
        (static_root / STATIC_COPY).write_bytes(article_html)
        running.stop_app(0)
        running.start_app(0)
        static_body, _ = fetch(f"{app}/static/{STATIC_COPY}")
        if static_body != article_html:
            sys.exit("whitenoise served something other than the article's copy")

        print(
            f"\n{SECONDS} s a run, wrk -c{CONNECTIONS}, gunicorn with {WORKERS} sync workers; "
            f"the article is {len(article_html):,} bytes, sent uncompressed.\n"
        )
        header = f"{'':12} {'':24} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}"
        print(header)
        print("-" * len(header))
        static = wrk(f"{app}/static/{STATIC_COPY}")
        print(f"{'Static copy':12} {'whitenoise (gunicorn)':24} {line(static)}")
        results = {}
        for name, path in urls:
            fetch(front + path)  # into the cache
            uncached = wrk(app + path)
            cached = wrk(front + path)
            results[name] = (uncached, cached)
            print(f"{name:12} {'uncached (gunicorn)':24} {line(uncached)}")
            print(f"{'':12} {'cached (nginx, Varnish)':24} {line(cached)}")
        # What a view that misses the shared cache costs when the article's parts
        # are not in the app's cache either (its first view after any change).
        running.env["PAGE_PART_CACHE_SECONDS"] = "0"
        running.stop_app(0)
        running.start_app(0)
        written = wrk(app + urls[0][1])
        print(f"{'Article':12} {'uncached, parts written':24} {line(written)}")
        article_uncached, article_cached = results["Article"]
        print(
            f"\nCached article: {article_cached[0] / static[0]:.0%} of the static file's rate "
            "(target: at least 50%)."
            f"\nUncached article: {article_uncached[0] / static[0]:.1%} of the static file's rate "
            "(target: at least 7%); "
            f"{written[0] / static[0]:.1%} with its parts written again."
        )
    shutil.rmtree(run_dir, ignore_errors=True)


def line(result):
    rate, p50, p99, errors = result
    return f"{rate:9.0f} {p50:8.1f} {p99:8.1f} {errors:7d}"


if __name__ == "__main__":
    main()
