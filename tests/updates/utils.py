"""Helpers for the email updates tests: a sign-up as a reader sends it, the worker,
subscribers in each state, and articles published as an editor would."""

import re
import time
from datetime import timedelta

from django.core import mail, signing
from django.utils import timezone

from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.utils import SiteTestCase, run_worker_once
from updates.models import Subscriber, address_digest
from updates.tokens import FORM_SALT

SIGNUP_URL = "/email-updates/"


def form_token(seconds_ago=60, notice=None):
    return signing.dumps(
        {"shown": int(time.time()) - seconds_ago, "notice": notice}, salt=FORM_SALT
    )


def run_worker():
    """What `manage.py db_worker --backend notifications` does, once through the
    queue (tasks queued for later included: their time is not waited for here)."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    # A fan-out queues its emails a little apart: go round until nothing is waiting
    # (retries, queued for minutes later, are left for a test to reach with freeze_time).
    for _ in range(5):
        waiting = DBTaskResult.objects.filter(
            status=TaskResultStatus.READY,
            run_after__lte=timezone.now() + timedelta(seconds=60),
        )
        if not waiting.exists() and not DBTaskResult.objects.ready().exists():
            return
        waiting.update(run_after=timezone.now())
        run_worker_once()


def links_in(message):
    return re.findall(r"https?://[^\s\"<>]+", message.body)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def make_subscriber(
    email="reader@example.com",
    *,
    confirmed=True,
    everything=True,
    categories=(),
    authors=(),
    frequency=Subscriber.Frequency.EACH,
):
    subscriber = Subscriber(
        email=email,
        address_hash=address_digest(email),
        frequency=frequency,
        consent_given_at=timezone.now(),
        privacy_notice_version="Privacy notice revision 1 of 1 January 2026",
        confirmed_at=timezone.now() if confirmed else None,
    )
    subscriber.set_choices(
        everything=everything,
        categories=[c.pk for c in categories],
        authors=[p.pk for p in authors],
    )
    subscriber.save()
    return subscriber


class UpdatesTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.abuse = CategoryFactory(name="Child Abuse", slug="child-abuse", is_sensitive=True)
        cls.gangs = CategoryFactory(name="Grooming Gangs", slug="grooming-gangs", parent=cls.abuse)
        cls.property = CategoryFactory(name="Property", slug="property")
        cls.jane = PersonPageFactory(parent=cls.tree.people, title="Jane Doe", slug="jane-doe")
        cls.sam = PersonPageFactory(parent=cls.tree.people, title="Sam Roe", slug="sam-roe")

    def setUp(self):
        super().setUp()
        mail.outbox = []

    def sign_up(self, email="reader@example.com", *, ip="203.0.113.5", **answers):
        data = {
            "email": email,
            "scope": "everything",
            "frequency": "each",
            "form_token": form_token(),
            **answers,
        }
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(SIGNUP_URL, data, REMOTE_ADDR=ip)

    def publish_article(self, title="A new article", *, categories=(), authors=None, **kwargs):
        """A draft article, then published as an editor would (firing page_published)."""
        article = ArticlePageFactory(
            parent=self.tree.news,
            title=title,
            live=False,
            first_published_at=None,
            last_published_at=None,
            categories=list(categories),
            authors=[self.jane] if authors is None else authors,
            **kwargs,
        )
        with self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()
        article.refresh_from_db()
        return article
