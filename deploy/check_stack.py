"""
The multi-server check, as CI runs it (.ci/run, after `make test`).

Two gunicorn app servers with production settings on one PostgreSQL and one
Redis, Varnish and nginx in front (deploy/stack.py, the shipped configuration),
all on loopback. Then, through the front as a reader, an editor, an enquirer
and an attacker would:

1. both app servers serve the same pages;
2. public pages are cached, the enquiry form and searches never are; nginx
   serves static files and images (never documents), refuses oversized
   bodies and PURGE, and closes requests for other host names;
3. an article published through one app server shows on the next request
   through the front (its cached listings purged), and on the other server;
   unpublished through the other, it is gone from both;
4. an enquiry sent twice through the front is stored once, and quickly,
   although the mail server the app servers are given hangs (so do password
   resets: email is the worker's job);
5. stopping an app server loses no request nginx can retry;
6. 50 slow clients and 2 half-open connections don't slow normal reads
   (95th percentile under 500 ms);
7. an app server whose Redis hangs pays one short timeout, then serves at
   full speed without it;
8. the notification worker rides out PostgreSQL going away (its connections
   cut by a proxy) and sends what is owed when it is back.

Needs nginx and varnishd (Debian's), a PostgreSQL and a Redis:
STACK_DATABASE_URL (default: DATABASE_URL's server, database `<name>_stack`,
dropped and made afresh) and STACK_REDIS_URL (default REDIS_URL; that Redis
database is emptied). Ports from STACK_PORT (default 8150) upwards.

    .venv/bin/python deploy/check_stack.py
"""

import html
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stack  # noqa: E402
from stack import subprocess  # noqa: E402

SLOW_CLIENTS = 50
HALF_OPEN = 2
P95_LIMIT = 0.5


class CheckFailed(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def report(name, detail):
    print(f"  ok  {name}: {detail}", flush=True)


# --- HTTP, by hand: cookies as a browser keeps them for 127.0.0.1 (Secure included).


class Response:
    def __init__(self, status, headers, body, elapsed):
        self.status, self.headers, self.body, self.elapsed = status, headers, body, elapsed

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def header(self, name):
        return self.headers.get(name.lower(), "")


class Browser:
    def __init__(self, base_url):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.cookies = {}

    def request(self, method, path, *, data=None, headers=None, timeout=30):
        headers = dict(headers or {})
        headers.setdefault("Host", f"{self.host}:{self.port}")
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.monotonic()
        connection = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
            elapsed = time.monotonic() - started
            raw_headers = response.getheaders()
        finally:
            connection.close()
        result_headers = {}
        for name, value in raw_headers:
            name = name.lower()
            if name == "set-cookie":
                cookie_name, _, rest = value.partition("=")
                self.cookies[cookie_name.strip()] = rest.split(";", 1)[0]
            result_headers[name] = (
                f"{result_headers[name]}, {value}" if name in result_headers else value
            )
        return Response(response.status, result_headers, content, elapsed)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs):
        return self.request("POST", path, data=data, **kwargs)


class FormFields(HTMLParser):
    """The inputs of the forms on a page: hidden values, and every name there is."""

    def __init__(self):
        super().__init__()
        self.hidden = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.hidden[attrs["name"]] = html.unescape(attrs.get("value") or "")


def hidden_fields(page):
    parser = FormFields()
    parser.feed(page.text)
    return parser.hidden


# --- Things that misbehave on purpose.


class HungListener:
    """Accepts connections and never answers: a hung Redis or mail server."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(128)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._held = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            self.connections += 1
            self._held.append(connection)

    def close(self):
        try:
            self.socket.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.socket.close()
        for connection in self._held:
            connection.close()


class CuttableProxy:
    """A TCP proxy to PostgreSQL that can be cut (every connection closed, new
    ones refused) and restored: PostgreSQL going away, as the worker sees it."""

    def __init__(self, port, target):
        self.port, self.target = port, target
        self._connections = []
        self._lock = threading.Lock()
        self.listener = None
        self.restore()

    def restore(self):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(64)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        # shutdown() first: close() alone leaves a thread blocked in accept() accepting.
        try:
            self.listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.listener.close()
        with self._lock:
            for connection in self._connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                connection.close()
            self._connections = []

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.close()
                except OSError:
                    pass


# --- Setting up.


def stack_database_url():
    url = os.environ.get("STACK_DATABASE_URL")
    if url:
        return url
    base = os.environ.get("DATABASE_URL", "")
    check(base.startswith("postgres"), "Set STACK_DATABASE_URL or a PostgreSQL DATABASE_URL")
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "_stack"))


def sql(database_url, statement, *params, autocommit=False):
    import psycopg

    with psycopg.connect(database_url, autocommit=autocommit) as connection:
        cursor = connection.execute(statement, params)
        return cursor.fetchall() if cursor.description else None


def recreate_database(database_url):
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    check(re.fullmatch(r"\w+", name), f"odd database name {name!r}")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    sql(maintenance, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", autocommit=True)
    sql(maintenance, f"CREATE DATABASE {name}", autocommit=True)


SETUP = """
from django.contrib.auth.models import Group
from django.contrib.auth import get_user_model
from news.models import ArticlePage, ArticlePageAuthor, Category, NewsIndexPage
from people.models import PersonPage
editor, _ = get_user_model().objects.get_or_create(
    username="stack-editor", defaults={{"email": "stack-editor@firm.example"}}
)
editor.set_password("{password}")
editor.save()
editor.groups.add(Group.objects.get(name="Editors"))
news = NewsIndexPage.objects.get()
category = Category.objects.filter(parent__isnull=True).order_by("path").first()
author = PersonPage.objects.live().order_by("path").first()
article = ArticlePage(
    title="{title}", slug="{slug}", excerpt="Written by the stack check.", live=False,
    body='[{{"type": "paragraph", "value": "<p>A new article.</p>"}}]',
)
news.add_child(instance=article)
article.categories.set([category])
article.authors = [ArticlePageAuthor(person=author, sort_order=0)]
article.save_revision(user=editor)
print(json.dumps({{"article": article.pk, "category": category.path, "author": author.url}}))
"""


def set_up(env, reuse_database=False):
    if reuse_database:
        return make_fixture(env)
    # Static files don't need the database: collect them while it is migrated.
    collect = subprocess.Popen(  # noqa: S603 (our own manage.py)
        [str(stack.PYTHON), "manage.py", "collectstatic", "--noinput"],
        cwd=stack.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    # No cache is running yet, so nothing to purge (and no line per page saying so).
    quiet = {**env, "FRONTEND_CACHE_PURGE_URL": ""}
    stack.manage(quiet, "migrate", "--noinput", stdout=subprocess.DEVNULL)
    stack.manage(quiet, "load_demo_content", stdout=subprocess.DEVNULL)
    check(collect.wait() == 0, "collectstatic failed")
    return make_fixture(env)


def make_fixture(env):
    """An editor's account and a draft article, for the publishing check."""
    password = secrets.token_urlsafe(16)
    marker = secrets.token_hex(4)
    title = f"Stack check {marker}: a new article"
    output = stack.manage(
        env,
        "shell",
        "-c",
        "import json\n" + SETUP.format(password=password, title=title, slug=f"stack-{marker}"),
        capture_output=True,
        text=True,
    ).stdout
    fixture = json.loads(output.strip().splitlines()[-1])
    fixture.update(password=password, title=title, slug=f"stack-{marker}")
    return fixture


# --- The checks.


def check_same_content(stack_, fixture):
    host = {"Host": f"127.0.0.1:{stack_.front_port}"}
    paths = [
        "/",
        "/news/",
        f"/news/category/{fixture['category']}/",
        "/people/",
        fixture["author"],
        "/news/feed/rss/",
    ]
    for path in paths:
        first = Browser(stack_.app_url(0)).get(path, headers=host)
        second = Browser(stack_.app_url(1)).get(path, headers=host)
        check(first.status == second.status == 200, f"{path}: {first.status}, {second.status}")
        check(first.body == second.body, f"{path}: the app servers differ")
    report("both app servers serve the same pages", ", ".join(paths))


def check_caching(stack_):
    front = Browser(stack_.front_url)
    front.get("/news/")
    cached = front.get("/news/")
    check(cached.header("x-cache") == "HIT", f"/news/ was not cached: {cached.headers}")
    check("set-cookie" not in cached.headers, "a cached page set a cookie")
    check("s-maxage" in cached.header("cache-control"), cached.header("cache-control"))
    for path in ["/contact/", "/contact/", "/search/?q=abuse", "/search/?q=abuse"]:
        response = Browser(stack_.front_url).get(path)
        check(response.status == 200, f"{path}: {response.status}")
        check(response.header("x-cache") != "HIT", f"{path} came from the shared cache")
        check("private" in response.header("cache-control"), f"{path} is not private")
    compressed = front.get("/news/", headers={"Accept-Encoding": "br, gzip"})
    encoding = compressed.header("content-encoding")
    check(encoding in ("br", "gzip"), f"/news/ not compressed: {encoding!r}")
    report(
        "shared cache",
        f"/news/ HIT on the second request ({len(cached.body)} bytes, {encoding}: "
        f"{len(compressed.body)}); /contact/ and searches never stored",
    )


def check_front(stack_):
    front = Browser(stack_.front_url)
    home = front.get("/")
    stylesheet = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', home.text)
    check(stylesheet, "no fingerprinted stylesheet on the home page")
    css = front.get(stylesheet.group(1))
    check(css.status == 200, f"{stylesheet.group(1)}: {css.status}")
    check("immutable" in css.header("cache-control"), f"static: {css.header('cache-control')}")
    image = re.search(r'src="(/media/images/[^"]+)"', front.get("/news/").text)
    check(image, "no image rendition on /news/")
    picture = front.get(image.group(1))
    check(picture.status == 200, f"{image.group(1)}: {picture.status}")
    check(front.get("/media/documents/a-private-file.pdf").status == 404, "documents served")
    too_large = front.post("/contact/send/", {"message": "x" * 150_000})
    check(too_large.status == 413 and "Too much to send" in too_large.text, "no 413 page")
    check(front.request("PURGE", "/news/").status == 405, "PURGE accepted through nginx")
    health = front.get("/healthz", headers={"Host": "10.0.0.1"})
    check(health.status == 200, f"/healthz by address: {health.status}")
    try:
        stranger = front.get("/", headers={"Host": "news.attacker.example"})
        check(False, f"a request for another host was answered: {stranger.status}")
    except http.client.RemoteDisconnected:
        pass
    report(
        "nginx",
        "fingerprinted static files cached a year, image renditions served, documents not, "
        "bodies over the enquiry limit 413, PURGE refused, other host names closed, /healthz "
        "answered whatever the host",
    )


def admin_session(app_url, fixture):
    browser = Browser(app_url)
    login = browser.get("/admin/login/")
    token = hidden_fields(login)["csrfmiddlewaretoken"]
    response = browser.post(
        "/admin/login/",
        {
            "csrfmiddlewaretoken": token,
            "username": "stack-editor",
            "password": fixture["password"],
            "next": "/admin/",
        },
    )
    check(response.status == 302, f"admin sign-in: {response.status}")
    return browser


def bulk_action(browser, action, page_id):
    path = f"/admin/bulk/wagtailcore/page/{action}/?id={page_id}&next=/admin/"
    form = browser.get(path)
    check(form.status == 200, f"{action} form: {form.status}")
    started = time.monotonic()
    response = browser.post(
        path, {"csrfmiddlewaretoken": hidden_fields(form)["csrfmiddlewaretoken"]}
    )
    check(response.status == 302, f"{action}: {response.status}")
    return time.monotonic() - started


def check_publishing(stack_, fixture):
    title, article_path = fixture["title"], f"/news/{fixture['slug']}/"
    listings = ["/", "/news/", f"/news/category/{fixture['category']}/", fixture["author"]]
    front = Browser(stack_.front_url)
    for path in listings + ["/news/feed/rss/"]:
        front.get(path)
        check(front.get(path).header("x-cache") == "HIT", f"{path} not cached before publishing")
    check(front.get(article_path).status == 404, "the draft is already public")

    editor = admin_session(stack_.app_url(0), fixture)
    seconds = bulk_action(editor, "publish", fixture["article"])
    for path in listings + ["/news/feed/rss/"]:
        response = front.get(path)
        check(title in response.text, f"{path} through the front doesn't show the new article")
        check(response.header("x-cache") == "MISS", f"{path} was not purged")
    check(front.get(article_path).status == 200, "the article isn't served through the front")
    other = Browser(stack_.app_url(1)).get("/news/", headers={"Host": "127.0.0.1"})
    check(title in other.text, "the other app server doesn't show it")
    report(
        "publishing through app server 1",
        f"published in {seconds * 1000:.0f} ms; the next request through the front shows it "
        f"on {len(listings) + 1} cached pages (purged), and app server 2 shows it",
    )

    # Signed in on one app server means signed in on both (sessions in the database).
    editor_elsewhere = Browser(stack_.app_url(1))
    editor_elsewhere.cookies = dict(editor.cookies)
    bulk_action(editor_elsewhere, "unpublish", fixture["article"])
    check(front.get(article_path).status == 404, "the unpublished article is still served")
    for path in listings:
        check(title not in front.get(path).text, f"{path} still shows the unpublished article")
    report("unpublishing through app server 2", "gone from the front on the next request")


def send_enquiry(front, marker):
    form = front.get("/contact/")
    check(form.status == 200, f"/contact/: {form.status}")
    fields = hidden_fields(form)
    time.sleep(1.1)  # ENQUIRY_MIN_SECONDS_TO_SUBMIT=1 for the check
    answers = {
        **fields,
        "name": f"Stack Check {marker}",
        "email": f"stack-{marker}@example.com",
        "phone": "0113 496 0999",
        "preferred_contact": "email",
        "best_time_to_call": "any",
        "voicemail_ok": "no",
        "email_ok": "yes",
        "area_of_law": "other",
        "message": f"A test enquiry from the stack check ({marker}).",
        "consent": "on",
        "leave_blank": "",
    }
    first = front.post("/contact/send/", answers)
    again = front.post("/contact/send/", answers)  # a double click
    return first, again


def check_enquiry(stack_, database_url, smtp):
    front = Browser(stack_.front_url)
    marker = secrets.token_hex(3)
    before = sql(database_url, "SELECT count(*) FROM contact_enquiry")[0][0]
    first, again = send_enquiry(front, marker)
    check(first.status == 303, f"enquiry: {first.status} {first.text[:300]}")
    check(again.status == 303, f"enquiry sent again: {again.status}")
    thanks = front.get(first.header("location"))
    check(thanks.status == 200 and "ENQ-" in thanks.text, "no thank-you page with a reference")
    after = sql(database_url, "SELECT count(*) FROM contact_enquiry")[0][0]
    check(after == before + 1, f"{after - before} enquiries stored for one sent twice")
    reset_started = time.monotonic()
    reset_form = Browser(stack_.front_url)
    token = hidden_fields(reset_form.get("/admin/password_reset/"))["csrfmiddlewaretoken"]
    reset = reset_form.post(
        "/admin/password_reset/",
        {"csrfmiddlewaretoken": token, "email": "stack-editor@firm.example"},
    )
    reset_seconds = time.monotonic() - reset_started
    check(reset.status == 302, f"password reset: {reset.status}")
    check(smtp.connections == 0, "a request talked to the (hung) mail server")
    report(
        "enquiry through the front",
        f"sent twice, stored once (reply in {first.elapsed * 1000:.0f} ms); password reset "
        f"in {reset_seconds * 1000:.0f} ms; the hung mail server was never asked by a request",
    )


def load(front_port, seconds, threads, path_for, timeout=30):
    """Requests from `threads` threads for `seconds`: (latencies, failures)."""
    latencies, failures = [], []
    stop_at = time.monotonic() + seconds
    lock = threading.Lock()

    def run(thread):
        n = 0
        while time.monotonic() < stop_at:
            n += 1
            try:
                response = Browser(f"http://127.0.0.1:{front_port}").get(
                    path_for(thread, n), timeout=timeout
                )
                ok = response.status == 200
                outcome = response.elapsed if ok else f"HTTP {response.status}"
            except OSError as error:
                ok, outcome = False, type(error).__name__
            with lock:
                (latencies if ok else failures).append(outcome)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    return workers, latencies, failures


def check_failover(stack_):
    # Every request a new URL: each one misses the cache and reaches an app server.
    workers, latencies, failures = load(
        stack_.front_port, 6, 3, lambda thread, n: f"/news/?failover={thread}-{n}"
    )
    time.sleep(2)
    stack_.stop_app(0)  # as `systemctl stop`: SIGTERM, in-flight requests finish
    for worker in workers:
        worker.join()
    check(
        not failures, f"{len(failures)} requests failed while an app server stopped: {failures[:5]}"
    )
    check(len(latencies) >= 5, f"only {len(latencies)} requests made")
    stack_.start_app(0)
    report(
        "stopping an app server",
        f"{len(latencies)} uncached requests through the front while app server 1 stopped "
        "mid-way: none lost",
    )


def slow_clients(port, count, half_open):
    """Slowloris: headers (or a body) a byte a second; and connections that send nothing."""
    sockets, stop = [], threading.Event()
    closed_by_server = []

    def trickle(index):
        try:
            client = socket.create_connection(("127.0.0.1", port), timeout=30)
        except OSError:
            return
        sockets.append(client)
        if index % 2:
            opening = f"GET /news/?slow={index} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            dribble = b"X-a: b\r\n"
        else:
            opening = (
                "POST /contact/send/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 90000\r\n\r\n"
            )
            dribble = b"a"
        try:
            client.sendall(opening.encode())
            while not stop.is_set():
                for byte in dribble:
                    if stop.wait(1):
                        return
                    client.sendall(bytes([byte]))
        except OSError:
            closed_by_server.append(index)

    for _ in range(half_open):
        sockets.append(socket.create_connection(("127.0.0.1", port), timeout=30))
    threads = [threading.Thread(target=trickle, args=(i,), daemon=True) for i in range(count)]
    for thread in threads:
        thread.start()

    def finish():
        stop.set()
        for client in sockets:
            client.close()
        return closed_by_server

    return finish


def reads(stack_, seconds):
    """Two readers, three requests in four for pages in the cache and one for a
    new URL that needs an app server: (latencies, failures)."""
    paths = ["/news/", "/", "/people/"]
    workers, latencies, failures = load(
        stack_.front_port,
        seconds,
        2,
        lambda thread, n: f"/news/?reader={thread}-{n}" if n % 4 == 0 else paths[n % 3],
    )
    for worker in workers:
        worker.join()
    latencies.sort()
    return latencies, failures


def percentile(values, fraction):
    return values[max(0, int(len(values) * fraction) - 1)]


def check_slow_clients(stack_):
    quiet, _ = reads(stack_, 5)
    finish = slow_clients(stack_.front_port, SLOW_CLIENTS, HALF_OPEN)
    time.sleep(1)
    latencies, failures = reads(stack_, 12)
    closed = finish()
    check(not failures, f"{len(failures)} reads failed under slow clients: {failures[:5]}")
    p95 = percentile(latencies, 0.95)
    check(
        p95 < P95_LIMIT,
        f"95th percentile {p95 * 1000:.0f} ms under slow clients "
        f"(without them: {percentile(quiet, 0.95) * 1000:.0f} ms)",
    )
    report(
        "slow clients",
        f"{SLOW_CLIENTS} trickling + {HALF_OPEN} half-open connections for 12 s: "
        f"{len(latencies)} normal reads (a quarter needing an app server), p50 "
        f"{statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max "
        f"{latencies[-1] * 1000:.0f} ms, none failed (without them: p50 "
        f"{statistics.median(quiet) * 1000:.0f} ms, p95 {percentile(quiet, 0.95) * 1000:.0f} ms); "
        f"nginx cut off {len(closed)} of the trickling clients",
    )


def check_hung_redis(stack_, env):
    redis = HungListener()
    port = stack_.front_port + 19
    hung_env = {
        **env,
        "REDIS_URL": f"redis://127.0.0.1:{redis.port}/0",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
    }
    app = stack_._spawn(
        "app-hung-redis", [str(stack.GUNICORN), "--config", "gunicorn.conf.py"], hung_env
    )
    try:
        stack.wait_for(f"http://127.0.0.1:{port}/robots.txt")
        browser = Browser(f"http://127.0.0.1:{port}")
        times = []
        asking_since = time.monotonic()
        for n in range(20):
            response = browser.get(f"/news/?hung={n}", headers={"Host": "127.0.0.1"})
            check(response.status == 200, f"/news/ with a hung Redis: {response.status}")
            times.append(response.elapsed)
        health = browser.get("/healthz", headers={"Host": "127.0.0.1"})
        check(health.status == 503, f"/healthz with a hung Redis: {health.status}")
        check(health.elapsed < 1.5, f"/healthz took {health.elapsed:.1f} s")
        elapsed = time.monotonic() - asking_since
    finally:
        app.terminate()
        app.wait(timeout=30)
        redis.close()
    # One timeout, then no more asking for REDIS_BREAKER_SECONDS (10 s) at a time.
    allowed = 1 + int(elapsed // 10)
    check(
        redis.connections <= allowed,
        f"{redis.connections} connections to the hung Redis in {elapsed:.0f} s",
    )
    slowest_after_first = max(times[1:])
    report(
        "hung Redis",
        f"{redis.connections} connection(s) to it in {elapsed:.0f} s; first page "
        f"{times[0] * 1000:.0f} ms, the next 19 at most {slowest_after_first * 1000:.0f} ms; "
        f"/healthz 503 in {health.elapsed * 1000:.0f} ms",
    )


def check_worker_outage(stack_, env, database_url):
    target = urlsplit(database_url)
    proxy = CuttableProxy(stack_.front_port + 18, (target.hostname, target.port or 5432))
    userinfo = target.netloc.rpartition("@")[0]
    proxied = urlunsplit(target._replace(netloc=f"{userinfo}@127.0.0.1:{proxy.port}"))
    worker = stack_._spawn(
        "worker",
        [
            str(stack.PYTHON),
            "manage.py",
            "db_worker",
            "--backend",
            "notifications",
            "--interval",
            "0.5",
        ],
        {
            **env,
            "DATABASE_URL": proxied,
            "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        },
    )
    try:
        deadline = time.monotonic() + 90
        # The whole log: at start the worker sends what earlier checks left owed (an
        # enquiry's notification, a password reset), printing each email, so its
        # "Starting worker" line is soon far from the end.
        while "Starting worker" not in stack_.log_tail("worker", None):
            check(worker.poll() is None, "the worker stopped:\n" + stack_.log_tail("worker"))
            check(
                time.monotonic() < deadline,
                "the worker did not start:\n" + stack_.log_tail("worker"),
            )
            time.sleep(0.5)
        time.sleep(1)
        proxy.cut()
        outage_started = time.monotonic()
        marker = secrets.token_hex(3)
        first, _ = send_enquiry(Browser(stack_.front_url), marker)
        check(first.status == 303, f"enquiry during the outage: {first.status}")
        time.sleep(max(0, 5 - (time.monotonic() - outage_started)))
        check(
            worker.poll() is None,
            "the worker died with the database:\n" + stack_.log_tail("worker"),
        )
        check(
            "database is unavailable" in stack_.log_tail("worker", None),
            "no outage logged:\n" + stack_.log_tail("worker"),
        )
        proxy.restore()
        outage = time.monotonic() - outage_started
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            statuses = sql(
                database_url,
                "SELECT status FROM contact_enquirynotification WHERE enquiry_id = "
                "(SELECT id FROM contact_enquiry ORDER BY received_at DESC LIMIT 1)",
            )
            if statuses and all(status == "sent" for (status,) in statuses):
                break
            time.sleep(0.5)
        else:
            raise CheckFailed(
                f"notifications not sent after the outage: {statuses}\n{stack_.log_tail('worker')}"
            )
        delivered = time.monotonic() - outage_started - outage
        check(worker.poll() is None, "the worker stopped")
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        proxy.cut()
    report(
        "notification worker",
        f"PostgreSQL cut off for {outage:.1f} s: the worker waited it out, and sent what "
        f"was owed ({len(statuses)} notification(s)) {delivered:.1f} s after it came back",
    )


def main():
    started = time.monotonic()
    database_url = stack_database_url()
    redis_url = os.environ.get("STACK_REDIS_URL") or os.environ.get("REDIS_URL")
    check(redis_url, "Set STACK_REDIS_URL or REDIS_URL")
    port = int(os.environ.get("STACK_PORT", 8150))
    run_dir = Path(tempfile.mkdtemp(prefix="firm_site-check-"))
    # Media, static files and the enquiry key, kept for a run with --reuse-database
    # (for working on the checks: it skips making the database afresh).
    files = Path(tempfile.gettempdir()) / f"firm_site-check-files-{port}"
    reuse_database = "--reuse-database" in sys.argv[1:]
    if not reuse_database:
        shutil.rmtree(files, ignore_errors=True)
    files.mkdir(exist_ok=True)
    key_file = files / "enquiry.key"
    if not key_file.exists():
        key_file.write_text(stack.fernet_key())
    smtp = HungListener()
    env = stack.production_env(
        front_url=f"http://127.0.0.1:{port}",
        cache_url=f"http://127.0.0.1:{port + 1}",
        database_url=database_url,
        redis_url=redis_url,
        media_root=files / "media",
        enquiry_keys=key_file.read_text(),
    )
    env.update(
        {
            "ENQUIRY_MIN_SECONDS_TO_SUBMIT": "1",
            "ENQUIRY_INTAKE_EMAIL": "intake@firm.example",
            # The app servers' mail server hangs: no request may wait for it.
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp.port),
            "EMAIL_TIMEOUT": "20",
            "STATIC_ROOT": str(files / "static"),
            "LOG_LEVEL": "WARNING",
        }
    )
    print(
        f"Stack check: setting up {urlsplit(database_url).path.lstrip('/')} in {run_dir}",
        flush=True,
    )
    if not reuse_database:
        recreate_database(database_url)
    stack.flush_redis(redis_url)
    fixture = set_up(env, reuse_database)
    print(f"  set up in {time.monotonic() - started:.0f} s", flush=True)
    with stack.Stack(run_dir, env, port=port, app_servers=2, workers=2) as stack_:
        checks = {
            "same-content": lambda: check_same_content(stack_, fixture),
            "caching": lambda: check_caching(stack_),
            "front": lambda: check_front(stack_),
            "publishing": lambda: check_publishing(stack_, fixture),
            "enquiry": lambda: check_enquiry(stack_, database_url, smtp),
            "failover": lambda: check_failover(stack_),
            "slow-clients": lambda: check_slow_clients(stack_),
            "hung-redis": lambda: check_hung_redis(stack_, env),
            "worker-outage": lambda: check_worker_outage(stack_, env, database_url),
        }
        # --only=name,name runs some of them (for working on the checks).
        only = next((arg.split("=", 1)[1] for arg in sys.argv[1:] if arg.startswith("--only=")), "")
        try:
            for name, run in checks.items():
                if not only or name in only.split(","):
                    run()
        except CheckFailed:
            for name in ["app0", "app1", "nginx-error", "varnish"]:
                if (run_dir / f"{name}.log").exists():
                    print(f"--- {name}.log ---\n{stack_.log_tail(name)}", file=sys.stderr)
            raise
    smtp.close()
    print(f"Stack check passed in {time.monotonic() - started:.0f} s", flush=True)


if __name__ == "__main__":
    try:
        main()
    except CheckFailed as failure:
        print(f"Stack check FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
